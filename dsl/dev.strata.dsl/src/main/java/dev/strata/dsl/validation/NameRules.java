package dev.strata.dsl.validation;

/**
 * Which strings the kernel accepts as a privilege, user or namespace name. Namespaces form paths such as
 * "/web/cache", so '/' and the path words "." and ".." are out; control characters would corrupt the console.
 * The length limit counts UTF-8 bytes and is checked separately.
 */
final class NameRules {

	private NameRules() {
	}

	/** Why the name is not acceptable, or null when it is. */
	static String problem(String name) {
		if (name.isEmpty()) {
			return "a name must not be empty";
		}
		if (name.equals(".") || name.equals("..")) {
			return "'" + name + "' is not a name: it means a directory in a path";
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '/') {
				return "name '" + name + "' contains '/', the namespace path separator";
			}
			if (Character.isISOControl(c)) {
				return "name contains the control character U+" + String.format("%04X", (int) c);
			}
		}
		return null;
	}
}
