package dev.strata.dsl.validation;

/**
 * The codes of every problem StrataValidator reports, shared with tests and (later) quick fixes. The prefix keeps
 * them apart from other languages' codes in a mixed workspace.
 */
public final class IssueCodes {

	private static final String PREFIX = "dev.strata.dsl.";

	/** A name that is empty, contains '/' or a control character, or is "." or "..". */
	public static final String INVALID_NAME = PREFIX + "invalidName";
	/** A name of more than 63 bytes in UTF-8. */
	public static final String NAME_TOO_LONG = PREFIX + "nameTooLong";
	/** A second privilege with the same name. */
	public static final String DUPLICATE_PRIVILEGE = PREFIX + "duplicatePrivilege";
	/** A 33rd privilege: privileges are the bits of a 32-bit mask. */
	public static final String TOO_MANY_PRIVILEGES = PREFIX + "tooManyPrivileges";
	/** A privilege that no user is granted (warning). */
	public static final String UNUSED_PRIVILEGE = PREFIX + "unusedPrivilege";
	/** A second user with the same name in one namespace. */
	public static final String DUPLICATE_USER = PREFIX + "duplicateUser";
	/** A second namespace with the same name in one parent namespace. */
	public static final String DUPLICATE_NAMESPACE = PREFIX + "duplicateNamespace";
	/** A second superuser in one namespace. */
	public static final String MULTIPLE_SUPERUSERS = PREFIX + "multipleSuperusers";
	/** The same privilege granted twice to one user. */
	public static final String DUPLICATE_GRANT = PREFIX + "duplicateGrant";
	/** A system that manifest version 1 cannot encode (ids over u16, over 1 MiB). */
	public static final String MANIFEST_LIMIT = PREFIX + "manifestLimit";

	private IssueCodes() {
	}
}
