package dev.strata.emulator.cpu;

/**
 * A segment register with its hidden descriptor cache: the selector the guest loaded and the base, limit and
 * attributes read from the descriptor at load time. Accesses use the cache, as on the chip.
 */
public final class SegmentRegister {
    int selector;
    int base;
    /** The byte-granular limit (already scaled by the G bit). */
    int limit;
    /** Descriptor access byte: present, DPL, S, type. */
    int access;
    /** The D/B bit: 32-bit code, or a stack addressed with ESP. */
    boolean big;
    /** False after loading a null selector into DS/ES/FS/GS: any access through it is #GP(0). */
    boolean usable;
    /** Base 0 and limit 4 GiB: accesses skip the limit check. */
    boolean flat;

    SegmentRegister() {
        loadRealMode(0);
    }

    void loadRealMode(int value) {
        selector = value & 0xFFFF;
        base = selector << 4;
        limit = 0xFFFF;
        access = 0x93;
        big = false;
        usable = true;
        flat = false;
    }

    /** Loads from the 8 bytes of a GDT descriptor, given as its low and high dwords. */
    void loadDescriptor(int value, int low, int high) {
        selector = value & 0xFFFF;
        base = (low >>> 16) | ((high & 0xFF) << 16) | (high & 0xFF000000);
        int rawLimit = (low & 0xFFFF) | (high & 0x000F0000);
        limit = (high & 0x00800000) != 0 ? rawLimit << 12 | 0xFFF : rawLimit;
        access = (high >>> 8) & 0xFF;
        big = (high & 0x00400000) != 0;
        usable = true;
        flat = base == 0 && limit == -1;
    }

    void loadNull(int value) {
        selector = value & 0xFFFF;
        base = 0;
        limit = 0;
        access = 0;
        usable = false;
        flat = false;
    }

    public int selector() {
        return selector;
    }

    public int base() {
        return base;
    }

    /** The limit in bytes, as an unsigned 32-bit value. */
    public int limit() {
        return limit;
    }

    /** The descriptor's access byte (present, DPL, S, type). */
    public int access() {
        return access;
    }

    /** The D/B bit. */
    public boolean big() {
        return big;
    }

    @Override
    public String toString() {
        return String.format("%04x base=%08x limit=%08x access=%02x%s", selector, base, limit, access,
                big ? " 32-bit" : "");
    }
}
