package dev.strata.dsl.compiler;

import static dev.strata.dsl.compiler.ManifestFormat.*;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import org.eclipse.emf.ecore.EObject;

import dev.strata.dsl.model.NamespaceTree;
import dev.strata.dsl.strata.Namespace;
import dev.strata.dsl.strata.Privilege;
import dev.strata.dsl.strata.SystemDefinition;
import dev.strata.dsl.strata.User;

/**
 * Encodes a system as boot manifest version 1 (docs/manifest.md).
 *
 * <pre>
 * header   magic "STRM" | version u16 | header_size u16 | length u32 | crc32 of [header_size, length) u32
 * records  PRIVILEGE*  then, depth first with parents first, for each namespace:
 *          NAMESPACE, followed by a USER record for each user declared directly in it
 * </pre>
 *
 * Namespace ids follow that preorder (the root "/" is 0), user ids follow record order, so every id a record
 * names belongs to an earlier record, which is what the kernel checks. The writer assumes a validated model for
 * meaning (unique names, at most 32 privileges) but never writes a manifest the format cannot express: those
 * limits raise {@link ManifestLimitException}. Unresolved privilege references are left out of a user's mask.
 */
public final class ManifestWriter {

	/** Returns the complete manifest, header and checksum included. */
	public byte[] write(SystemDefinition system) throws ManifestLimitException {
		Records records = new Records(NamespaceTree.privileges(system));
		records.privileges();
		records.namespace(system, NamespaceTree.ROOT_NAME, NO_PARENT);
		return records.withHeader(system);
	}

	/** The state of one write: the record bytes so far and the next free ids. */
	private static final class Records {
		private final List<Privilege> privileges;
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();
		private int nextNamespaceId;
		private int nextUserId;

		Records(List<Privilege> privileges) {
			this.privileges = privileges;
		}

		void privileges() throws ManifestLimitException {
			for (int bit = 0; bit < privileges.size(); bit++) {
				Privilege privilege = privileges.get(bit);
				byte[] name = utf8(privilege.getName());
				ByteBuffer record = open(KIND_PRIVILEGE, 2 + 2 + name.length, privilege);
				record.putShort((short) bit);
				putString(record, name);
				close(record);
			}
		}

		void namespace(EObject namespace, String name, int parentId) throws ManifestLimitException {
			if (nextNamespaceId >= MAX_NAMESPACES) {
				throw new ManifestLimitException(namespace,
						"too many namespaces: a manifest holds at most " + MAX_NAMESPACES);
			}
			int id = nextNamespaceId++;
			byte[] encodedName = utf8(name);
			ByteBuffer record = open(KIND_NAMESPACE, 2 + 2 + 2 + encodedName.length, namespace);
			record.putShort((short) id);
			record.putShort((short) parentId);
			putString(record, encodedName);
			close(record);
			for (User user : NamespaceTree.users(namespace)) {
				user(user, id);
			}
			for (Namespace child : NamespaceTree.children(namespace)) {
				namespace(child, child.getName(), id);
			}
		}

		private void user(User user, int namespaceId) throws ManifestLimitException {
			if (nextUserId >= MAX_USERS) {
				throw new ManifestLimitException(user, "too many users: a manifest holds at most " + MAX_USERS);
			}
			byte[] name = utf8(user.getName());
			ByteBuffer record = open(KIND_USER, 2 + 2 + 4 + 1 + 3 + 2 + name.length, user);
			record.putShort((short) nextUserId++);
			record.putShort((short) namespaceId);
			record.putInt(privilegeMask(user));
			record.put((byte) (user.isSuperuser() ? USER_FLAG_SUPERUSER : 0));
			record.put(new byte[3]);
			putString(record, name);
			close(record);
		}

		private int privilegeMask(User user) {
			int mask = 0;
			for (Privilege granted : user.getPrivileges()) {
				int bit = privileges.indexOf(granted);
				if (bit >= 0 && bit < MAX_PRIVILEGES) {
					mask |= 1 << bit;
				}
			}
			return mask;
		}

		/** Starts a zero-filled record of the payload size rounded up to the alignment, header written. */
		private ByteBuffer open(int kind, int payloadSize, EObject element) throws ManifestLimitException {
			int length = align(RECORD_HEADER_SIZE + payloadSize);
			if (length > MAX_RECORD_LENGTH) {
				throw new ManifestLimitException(element, "record too long: " + length + " bytes, at most "
						+ MAX_RECORD_LENGTH);
			}
			ByteBuffer record = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
			record.put((byte) kind);
			record.put((byte) 0);
			record.putShort((short) length);
			return record;
		}

		private void close(ByteBuffer record) {
			out.write(record.array(), 0, record.capacity());
		}

		byte[] withHeader(SystemDefinition system) throws ManifestLimitException {
			byte[] body = out.toByteArray();
			int length = HEADER_SIZE + body.length;
			if (length > MAX_LENGTH) {
				throw new ManifestLimitException(system,
						"manifest too large: " + length + " bytes, at most " + MAX_LENGTH);
			}
			CRC32 crc = new CRC32();
			crc.update(body);
			ByteBuffer manifest = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
			manifest.putInt(MAGIC);
			manifest.putShort((short) VERSION);
			manifest.putShort((short) HEADER_SIZE);
			manifest.putInt(length);
			manifest.putInt((int) crc.getValue());
			manifest.put(body);
			return manifest.array();
		}
	}

	private static void putString(ByteBuffer record, byte[] utf8) {
		record.putShort((short) utf8.length);
		record.put(utf8);
	}

	private static byte[] utf8(String name) {
		return name == null ? new byte[0] : name.getBytes(StandardCharsets.UTF_8);
	}

	private static int align(int size) {
		return (size + RECORD_ALIGNMENT - 1) & -RECORD_ALIGNMENT;
	}
}
