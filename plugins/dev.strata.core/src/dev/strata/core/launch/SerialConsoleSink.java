package dev.strata.core.launch;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Receives the bytes the guest writes to COM1 and hands them to the console as text, one line at a time.
 * <p>
 * The guest writes one byte per OUT instruction. Forwarding each byte would cost one console update per
 * character, so text goes to the console at every newline, on {@link #flush()} and when the run ends, whoever
 * writes to this stream. Bytes are decoded as UTF-8, across writes (the kernel prints ASCII; anything else shows
 * as U+FFFD rather than failing).
 */
final class SerialConsoleSink extends OutputStream {

	private static final int MAX_PENDING_CHARS = 4096;

	private final KernelStreamMonitor monitor;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
	/** Holds the bytes of a UTF-8 sequence that has not been completed yet. */
	private final ByteBuffer undecoded = ByteBuffer.allocate(8);
	private final CharBuffer decoded = CharBuffer.allocate(8);
	private final StringBuilder line = new StringBuilder();

	SerialConsoleSink(KernelStreamMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public synchronized void write(int b) {
		undecoded.put((byte) b);
		undecoded.flip();
		decoder.decode(undecoded, decoded, false);
		undecoded.compact();
		decoded.flip();
		line.append(decoded);
		decoded.clear();
		if (b == '\n' || line.length() >= MAX_PENDING_CHARS) {
			flush();
		}
	}

	@Override
	public synchronized void flush() {
		monitor.append(line.toString());
		line.setLength(0);
	}

	/** Flushes what is left, including an incomplete UTF-8 sequence as U+FFFD. */
	@Override
	public synchronized void close() {
		undecoded.flip();
		decoder.decode(undecoded, decoded, true);
		decoder.flush(decoded);
		undecoded.clear();
		decoded.flip();
		line.append(decoded);
		decoded.clear();
		flush();
	}
}
