package dev.strata.dsl.compiler;

/**
 * The constants of boot manifest version 1, as docs/manifest.md fixes them. The validator uses the limits so that
 * every model it accepts can be written.
 */
public final class ManifestFormat {

	/** The bytes 'S' 'T' 'R' 'M' read as a little-endian u32. */
	public static final int MAGIC = 0x4D525453;
	public static final int VERSION = 1;
	public static final int HEADER_SIZE = 16;
	/** A reader refuses anything longer. */
	public static final int MAX_LENGTH = 1 << 20;

	/** Every record starts with kind (u8), reserved (u8) and length (u16), and its length is a multiple of this. */
	public static final int RECORD_HEADER_SIZE = 4;
	public static final int RECORD_ALIGNMENT = 4;
	public static final int MAX_RECORD_LENGTH = 0xFFFC;

	public static final int KIND_PRIVILEGE = 1;
	public static final int KIND_NAMESPACE = 2;
	public static final int KIND_USER = 3;

	/** Privileges are bits of a u32 mask. */
	public static final int MAX_PRIVILEGES = 32;
	/** Names are 1 to 63 bytes of UTF-8. */
	public static final int MAX_NAME_BYTES = 63;

	/** The parent id of the root namespace; so the last usable namespace id is one less. */
	public static final int NO_PARENT = 0xFFFF;
	public static final int MAX_NAMESPACES = NO_PARENT;
	/** User ids are u16. */
	public static final int MAX_USERS = 0x10000;

	/** USER flags bit 0: the superuser of its namespace and so of its subtree. */
	public static final int USER_FLAG_SUPERUSER = 1;

	private ManifestFormat() {
	}
}
