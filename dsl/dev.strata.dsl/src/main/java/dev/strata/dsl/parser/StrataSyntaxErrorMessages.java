package dev.strata.dsl.parser;

import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import dev.strata.dsl.parser.antlr.internal.InternalStrataParser;

/**
 * Says "expected a name" where ANTLR would say "no viable alternative": a name is either an identifier or a
 * quoted string, and ANTLR reports a missing or malformed one as a failed choice between the two. Every other
 * message is ANTLR's own ("mismatched input 'x' expecting '}'").
 */
public class StrataSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** The generated parser method for the Name rule. */
	private static final String NAME_RULE_METHOD = "ruleName";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception instanceof NoViableAltException && failedIn(exception, NAME_RULE_METHOD)) {
			return new SyntaxErrorMessage("expected a name (an identifier or a quoted string) at "
					+ describe(exception.token), null);
		}
		return super.getSyntaxErrorMessage(context);
	}

	/** Whether the innermost generated rule method on the exception's stack is the given one. */
	private static boolean failedIn(RecognitionException exception, String ruleMethod) {
		for (StackTraceElement frame : exception.getStackTrace()) {
			if (frame.getClassName().equals(InternalStrataParser.class.getName())
					&& frame.getMethodName().startsWith("rule")) {
				return frame.getMethodName().equals(ruleMethod);
			}
		}
		return false;
	}

	private static String describe(Token token) {
		return token == null || token.getType() == Token.EOF ? "the end of the file" : "'" + token.getText() + "'";
	}
}
