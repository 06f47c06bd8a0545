package dev.strata.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.strata.dsl.compiler.ManifestWriter;
import dev.strata.dsl.strata.SystemDefinition;

/** The manifest bytes, checked field by field against docs/manifest.md. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrataInjectorProvider.class)
class ManifestWriterTest {

	@Inject
	private ParseHelper<SystemDefinition> parser;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void smallSystemRecordByRecord() throws Exception {
		byte[] manifest = compile("system s privilege p user u superuser privileges p");
		byte[] records = hex(
				// PRIVILEGE: kind 1, length 12; id 0; name "p"; 3 bytes of padding
				"01 00 0c 00  00 00  01 00 70  00 00 00",
				// NAMESPACE: kind 2, length 12; id 0; parent 0xFFFF; name "/"; 1 byte of padding
				"02 00 0c 00  00 00  ff ff  01 00 2f  00",
				// USER: kind 3, length 20; id 0; namespace 0; privileges bit 0; flags superuser; reserved; "u"; pad
				"03 00 14 00  00 00  00 00  01 00 00 00  01  00 00 00  01 00 75  00");
		assertHeader(manifest, 16 + records.length);
		assertArrayEquals(records, Arrays.copyOfRange(manifest, 16, manifest.length));
	}

	@Test
	void helloExampleMatchesTheGoldenDump() throws Exception {
		byte[] manifest = compile(Examples.hello());
		assertEquals(224, manifest.length);
		assertHeader(manifest, 224);
		byte[] records = hex(
				"01 00 10 00 00 00 05 00 6d 6f 75 6e 74 00 00 00", // privilege 0 "mount"
				"01 00 18 00 01 00 10 00 6e 61 6d 65 73 70 61 63 65 5f 63 72 65 61 74 65", // 1 "namespace_create"
				"02 00 0c 00 00 00 ff ff 01 00 2f 00", // namespace 0 "/", no parent
				"03 00 18 00 00 00 00 00 00 00 00 00 01 00 00 00 04 00 72 6f 6f 74 00 00", // user 0 root, superuser
				"03 00 18 00 01 00 00 00 03 00 00 00 00 00 00 00 05 00 61 6c 69 63 65 00", // user 1 alice, bits 0+1
				"02 00 10 00 01 00 00 00 03 00 77 65 62 00 00 00", // namespace 1 "web" in 0
				"03 00 18 00 02 00 01 00 00 00 00 00 01 00 00 00 05 00 61 64 6d 69 6e 00", // user 2 admin, superuser
				"03 00 18 00 03 00 01 00 01 00 00 00 00 00 00 00 03 00 77 77 77 00 00 00", // user 3 www, bit 0
				"02 00 10 00 02 00 01 00 05 00 63 61 63 68 65 00", // namespace 2 "cache" in 1
				"03 00 1c 00 04 00 02 00 00 00 00 00 00 00 00 00 09 00 6d 65 6d 63 61 63 68 65 64 00"); // user 4 memcached
		assertArrayEquals(records, Arrays.copyOfRange(manifest, 16, manifest.length));
	}

	@Test
	void usersFollowTheirNamespaceEvenWhenDeclaredAfterANestedOne() throws Exception {
		byte[] manifest = compile("system s namespace a { namespace b { user x } user y }");
		// records: NAMESPACE / (12), NAMESPACE a (12), USER y (20), NAMESPACE b (12), USER x (20)
		ByteBuffer buffer = ByteBuffer.wrap(manifest).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(2, buffer.get(16 + 12));
		assertEquals(3, buffer.get(16 + 24));
		assertEquals(0, buffer.getShort(16 + 24 + 4), "y gets user id 0");
		assertEquals(1, buffer.getShort(16 + 24 + 6), "y is in namespace a, id 1");
		assertEquals('y', buffer.get(16 + 24 + 18));
		assertEquals(2, buffer.get(16 + 44));
		assertEquals(2, buffer.getShort(16 + 44 + 4), "b gets namespace id 2");
		assertEquals(1, buffer.getShort(16 + 44 + 6), "b's parent is a");
		assertEquals(1, buffer.getShort(16 + 56 + 4), "x gets user id 1");
		assertEquals(2, buffer.getShort(16 + 56 + 6), "x is in namespace b");
		assertEquals(16 + 76, manifest.length);
	}

	@Test
	void privilegeThirtyOneIsTheTopBit() throws Exception {
		StringBuilder text = new StringBuilder("system s ");
		for (int bit = 0; bit < 32; bit++) {
			text.append("privilege p").append(bit).append(' ');
		}
		text.append("user u privileges p31");
		for (int bit = 0; bit < 31; bit++) {
			text.append(", p").append(bit);
		}
		byte[] manifest = compile(text);
		ByteBuffer buffer = ByteBuffer.wrap(manifest).order(ByteOrder.LITTLE_ENDIAN);
		int user = manifest.length - 20; // "u" makes a 20-byte USER record, the last one
		assertEquals(3, buffer.get(user));
		assertEquals(0xFFFFFFFF, buffer.getInt(user + 8));
	}

	/** Magic, version, header size and length as documented, and a CRC-32 recomputed over the records. */
	private static void assertHeader(byte[] manifest, int length) {
		ByteBuffer header = ByteBuffer.wrap(manifest).order(ByteOrder.LITTLE_ENDIAN);
		assertArrayEquals("STRM".getBytes(), Arrays.copyOf(manifest, 4));
		assertEquals(1, header.getShort(4));
		assertEquals(16, header.getShort(6));
		assertEquals(length, header.getInt(8));
		assertEquals(length, manifest.length);
		CRC32 crc = new CRC32();
		crc.update(manifest, 16, manifest.length - 16);
		assertEquals((int) crc.getValue(), header.getInt(12));
	}

	private byte[] compile(CharSequence text) throws Exception {
		SystemDefinition system = parser.parse(text);
		validation.assertNoErrors(system);
		return new ManifestWriter().write(system);
	}

	private static byte[] hex(String... lines) {
		return HexFormat.of().parseHex(String.join("", lines).replace(" ", ""));
	}
}
