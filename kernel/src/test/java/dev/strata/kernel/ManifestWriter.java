package dev.strata.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes boot manifests byte by byte from docs/manifest.md, independently of the DSL compiler, so the kernel's
 * reader is tested against the specification rather than against the other implementation.
 * Ids, parents and lengths are written exactly as given, so a test can write a wrong one on purpose;
 * {@link #build()} always seals the result with a correct header length and checksum, so that the one defect a
 * test plants is the only one.
 */
final class ManifestWriter {

    static final int HEADER_SIZE = 16;
    static final int PRIVILEGE = 1;
    static final int NAMESPACE = 2;
    static final int USER = 3;
    static final int NO_PARENT = 0xFFFF;
    static final int SUPERUSER = 1;

    private final ByteArrayOutputStream records = new ByteArrayOutputStream();
    private final List<Integer> recordOffsets = new ArrayList<>();

    /** The manifest offset at which the next record will start. */
    int position() {
        return HEADER_SIZE + records.size();
    }

    /** The manifest offset of the record written index-th, from 0. */
    int recordOffset(int index) {
        return recordOffsets.get(index);
    }

    /** How many records have been written. */
    int recordCount() {
        return recordOffsets.size();
    }

    ManifestWriter privilege(int id, String name) {
        return record(PRIVILEGE, u16(id), string(name));
    }

    ManifestWriter namespace(int id, int parent, String name) {
        return record(NAMESPACE, u16(id), u16(parent), string(name));
    }

    ManifestWriter user(int id, int namespace, int privileges, int flags, String name) {
        return record(USER, u16(id), u16(namespace), u32(privileges), new byte[] {(byte) flags, 0, 0, 0},
                string(name));
    }

    /** A record of kind with the given payload, zero-padded to a multiple of 4 as the format requires. */
    ManifestWriter record(int kind, byte[]... payload) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : payload) {
            body.writeBytes(part);
        }
        while ((4 + body.size()) % 4 != 0) {
            body.write(0);
        }
        return rawRecord(kind, 4 + body.size(), body.toByteArray());
    }

    /** A record header claiming declaredLength, followed by body as is, whatever its real size. */
    ManifestWriter rawRecord(int kind, int declaredLength, byte[] body) {
        recordOffsets.add(position());
        records.write(kind);
        records.write(0);
        records.writeBytes(u16(declaredLength));
        records.writeBytes(body);
        return this;
    }

    /** The header and the records, with length covering all of them and a matching checksum. */
    byte[] build() {
        byte[] manifest = new byte[position()];
        ByteBuffer.wrap(manifest).order(ByteOrder.LITTLE_ENDIAN)
                .put("STRM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 1).putShort((short) HEADER_SIZE)
                .putInt(manifest.length).putInt(0).put(records.toByteArray());
        return seal(manifest, manifest.length);
    }

    /** Rewrites the header's length field as length and the checksum over [16, length). */
    static byte[] seal(byte[] manifest, int length) {
        ByteBuffer header = ByteBuffer.wrap(manifest).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(8, length);
        header.putInt(12, (int) checksum(manifest, length));
        return manifest;
    }

    /** CRC-32 of [16, length), as the header's checksum field holds it. */
    static long checksum(byte[] manifest, int length) {
        CRC32 crc = new CRC32();
        crc.update(manifest, HEADER_SIZE, length - HEADER_SIZE);
        return crc.getValue();
    }

    /** The system of examples/hello.strata, record for record as docs/manifest.md lays it out. */
    static ManifestWriter hello() {
        return new ManifestWriter()
                .privilege(0, "mount")
                .privilege(1, "namespace_create")
                .namespace(0, NO_PARENT, "/")
                .user(0, 0, 0, SUPERUSER, "root")
                .user(1, 0, 0b11, 0, "alice")
                .namespace(1, 0, "web")
                .user(2, 1, 0, SUPERUSER, "admin")
                .user(3, 1, 0b01, 0, "www")
                .namespace(2, 1, "cache")
                .user(4, 2, 0, 0, "memcached");
    }

    static byte[] u16(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8)};
    }

    static byte[] u32(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    /** A string field: a u16 byte count, then the UTF-8 bytes. */
    static byte[] string(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(u16(utf8.length));
        out.writeBytes(utf8);
        return out.toByteArray();
    }
}
