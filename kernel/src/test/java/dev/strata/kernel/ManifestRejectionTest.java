package dev.strata.kernel;

import static dev.strata.kernel.ManifestWriter.NAMESPACE;
import static dev.strata.kernel.ManifestWriter.NO_PARENT;
import static dev.strata.kernel.ManifestWriter.PRIVILEGE;
import static dev.strata.kernel.ManifestWriter.SUPERUSER;
import static dev.strata.kernel.ManifestWriter.USER;
import static dev.strata.kernel.ManifestWriter.u16;
import static dev.strata.kernel.ManifestWriter.u32;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile manifests, one planted defect each, for every rule in docs/manifest.md's "What a reader must reject".
 * Each must produce exactly one error line naming the offset of the offending field, then "exit: 2".
 */
class ManifestRejectionTest {

    /** QEMU's status after the kernel writes 2 to isa-debug-exit: (2 << 1) | 1. */
    private static final int QEMU_EXIT_BAD_MANIFEST = 5;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileManifests")
    void rejects(String defect, byte[] manifest, int offset, String reason) throws Exception {
        Qemu.Run run = Qemu.boot(directory, "console=ttyS0",
                List.of(new Qemu.Module("hostile.manifest", "manifest", manifest)));
        assertEquals("""
                Strata kernel 0.1.0 (i386, Multiboot v1)
                cmdline: console=ttyS0
                modules: 1
                module 0: hostile.manifest manifest (%d bytes)
                manifest: error at offset 0x%02x: %s
                exit: 2
                """.formatted(manifest.length, offset, reason), run.serial(), defect);
        assertEquals(QEMU_EXIT_BAD_MANIFEST, run.status(), defect);
    }

    static Stream<Arguments> hostileManifests() {
        return Stream.of(header(), records(), fields()).flatMap(Function.identity());
    }

    private static Stream<Arguments> header() {
        byte[] hello = ManifestWriter.hello().build();
        int length = hello.length;
        byte[] tampered = ManifestWriter.hello().build();
        tampered[ManifestWriter.HEADER_SIZE + 6] ^= 0x20;   // a letter of the first privilege's name
        return Stream.of(
                Arguments.of("bad magic", patch(hello, 3, (byte) 'X'), 0x00, "bad magic, expected \"STRM\""),
                Arguments.of("module shorter than the header", Arrays.copyOf(hello, 10), 0x0a,
                        "module ends inside the 16-byte header"),
                Arguments.of("bad version", patch(hello, 4, (byte) 2), 0x04, "unsupported version 2"),
                Arguments.of("bad header size", patch(hello, 6, (byte) 20), 0x06, "header size 20, expected 16"),
                Arguments.of("length smaller than the header", withLength(hello, 8), 0x08,
                        "length 8 is smaller than the header"),
                Arguments.of("too long", withLength(hello, 1024 * 1024 + 1), 0x08,
                        "length 1048577 is over the limit of 1048576"),
                Arguments.of("length past the module", withLength(hello, length + 4), 0x08,
                        "length %d is larger than the module (%d bytes)".formatted(length + 4, length)),
                Arguments.of("bad checksum", tampered, 0x0c, "checksum 0x%08x does not match the contents (0x%08x)"
                        .formatted(ManifestWriter.checksum(hello, length), ManifestWriter.checksum(tampered, length))));
    }

    private static Stream<Arguments> records() {
        ManifestWriter hello = ManifestWriter.hello();
        int last = hello.recordOffset(hello.recordCount() - 1);
        byte[] full = hello.build();
        byte[] withTail = ManifestWriter.seal(Arrays.copyOf(full, full.length + 2), full.length + 2);
        ManifestWriter odd = new ManifestWriter().privilege(0, "mount");
        int oddAt = odd.position();
        odd.rawRecord(PRIVILEGE, 10, new byte[] {1, 0, 1, 0, 'x', 0, 0, 0});
        ManifestWriter empty = new ManifestWriter().namespace(0, NO_PARENT, "/");
        int emptyAt = empty.position();
        empty.rawRecord(NAMESPACE, 0, new byte[0]);
        return Stream.of(
                Arguments.of("truncated record", ManifestWriter.seal(full, full.length - 4), last + 2,
                        "record length 28 runs past the manifest length"),
                Arguments.of("record header past the length", withTail, full.length,
                        "record header runs past the manifest length"),
                Arguments.of("record length not a multiple of 4", odd.build(), oddAt + 2,
                        "record length 10 is not a multiple of 4"),
                Arguments.of("record shorter than its header", empty.build(), emptyAt + 2,
                        "record length 0 is shorter than its header"));
    }

    private static Stream<Arguments> fields() {
        return Stream.of(
                defect("privilege record without an id", w -> w.record(PRIVILEGE), 4,
                        "privilege record of 4 bytes ends inside its id field"),
                defect("user record without flags", w -> w.namespace(0, NO_PARENT, "/"),
                        w -> w.record(USER, u16(0), u16(0), u32(0)), 12,
                        "user record of 12 bytes ends inside its flags field"),
                defect("string past record",
                        w -> w.record(PRIVILEGE, u16(0), u16(200), "abc".getBytes(StandardCharsets.US_ASCII)), 6,
                        "privilege name of 200 bytes runs past its record"),
                defect("empty name", w -> w.privilege(0, ""), 6, "privilege name is empty"),
                defect("name too long", w -> w.namespace(0, NO_PARENT, "/"),
                        w -> w.user(0, 0, 0, 0, "u".repeat(64)), 16, "user name is 64 bytes, over the limit of 63"),
                defect("control byte in a name", w -> w.namespace(0, NO_PARENT, "/"),
                        w -> w.namespace(1, 0, "we\nb"), 8 + 2 + 2, "namespace name has control byte 0x0a"),
                defect("privilege id over 31", w -> w.privilege(32, "huge"), 4, "privilege id 32 is over 31"),
                defect("privilege id out of order", w -> w.privilege(0, "a"), w -> w.privilege(2, "c"), 4,
                        "privilege id 2 is out of order, expected 1"),
                defect("namespace id out of order", w -> w.namespace(0, NO_PARENT, "/"),
                        w -> w.namespace(2, 0, "web"), 4, "namespace id 2 is out of order, expected 1"),
                defect("user id out of order", w -> w.namespace(0, NO_PARENT, "/"),
                        w -> w.user(1, 0, 0, 0, "bob"), 4, "user id 1 is out of order, expected 0"),
                defect("dangling parent id", w -> w.namespace(0, NO_PARENT, "/"), w -> w.namespace(1, 7, "web"), 6,
                        "parent id 7 names no earlier namespace"),
                defect("second root", w -> w.namespace(0, NO_PARENT, "/"), w -> w.namespace(1, NO_PARENT, "x"), 6,
                        "parent id 65535 names no earlier namespace"),
                defect("namespace id 65535", ManifestRejectionTest::namespaces0To65534,
                        w -> w.namespace(0xFFFF, 0, "n"), 4, "namespace id 65535 is reserved to mean no parent"),
                defect("root with a parent", w -> w.namespace(0, 0, "/"), 6,
                        "root namespace has parent id 0, expected 0xffff"),
                defect("root not named /", w -> w.namespace(0, NO_PARENT, "root"), 8,
                        "root namespace is not named \"/\""),
                defect("slash in a namespace name", w -> w.namespace(0, NO_PARENT, "/"),
                        w -> w.namespace(1, 0, "a/b"), 8, "namespace name contains \"/\""),
                defect("user before any namespace", w -> w.user(0, 0, 0, SUPERUSER, "root"), 6,
                        "namespace id 0 names no earlier namespace"),
                defect("privilege bit with no privilege", w -> w.privilege(0, "mount").privilege(1, "reboot")
                        .namespace(0, NO_PARENT, "/"), w -> w.user(0, 0, 0b111, 0, "root"), 8,
                        "privilege bit 2 names no declared privilege"));
    }

    /** A manifest whose only record is the defective one, at offset 16; fieldOffset is from that record. */
    private static Arguments defect(String name, Function<ManifestWriter, ManifestWriter> record, int fieldOffset,
            String reason) {
        return defect(name, w -> w, record, fieldOffset, reason);
    }

    /** A manifest of valid records from prefix, then the defective record; fieldOffset is from that record. */
    private static Arguments defect(String name, Function<ManifestWriter, ManifestWriter> prefix,
            Function<ManifestWriter, ManifestWriter> record, int fieldOffset, String reason) {
        ManifestWriter w = prefix.apply(new ManifestWriter());
        int at = w.position();
        return Arguments.of(name, record.apply(w).build(), at + fieldOffset, reason);
    }

    /** The most namespaces a manifest can hold: the root and 65534 children, 786 KB of records. */
    private static ManifestWriter namespaces0To65534(ManifestWriter w) {
        w.namespace(0, NO_PARENT, "/");
        for (int id = 1; id < 0xFFFF; id++) {
            w.namespace(id, 0, "n");
        }
        return w;
    }

    private static byte[] patch(byte[] manifest, int offset, byte value) {
        byte[] copy = manifest.clone();
        copy[offset] = value;
        return copy;
    }

    /** The manifest with its length field set to length, checksum left alone: length is checked first. */
    private static byte[] withLength(byte[] manifest, int length) {
        byte[] copy = manifest.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(8, length);
        return copy;
    }
}
