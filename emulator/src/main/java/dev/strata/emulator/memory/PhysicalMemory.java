package dev.strata.emulator.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The guest's physical address space: RAM from address 0 up to {@link #size()}, and nothing above it. Like an
 * unterminated PC bus, reading an address outside RAM returns all ones (0xFF per byte) and writing there is
 * ignored; there is no ISA hole, ROM or memory-mapped device yet.
 *
 * <p>Addresses are 32-bit physical addresses held in an {@code int} (unsigned). Multi-byte accesses are
 * little-endian and may be unaligned; an access that straddles the end of RAM is done byte by byte.
 *
 * <p>Pages that hold decoded instructions are marked with {@link #watchForCodeWrites(int)}; the first write to such
 * a page tells the {@link CodeWriteListener} (the CPU's decode cache) and clears the mark.
 */
public final class PhysicalMemory {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;

    private static final VarHandle SHORTS =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] ram;
    private final boolean[] codePages;
    private CodeWriteListener codeWriteListener = page -> { };

    /** Told when the guest writes to a page that holds decoded instructions. */
    @FunctionalInterface
    public interface CodeWriteListener {
        void codeWritten(int page);
    }

    /**
     * @param size RAM in bytes: a positive multiple of 4 KiB, at most 2 GiB - 4 KiB
     */
    public PhysicalMemory(int size) {
        if (size <= 0 || size % PAGE_SIZE != 0) {
            throw new IllegalArgumentException("RAM size must be a positive multiple of 4 KiB: " + size);
        }
        this.ram = new byte[size];
        this.codePages = new boolean[size >>> PAGE_SHIFT];
    }

    /** RAM size in bytes. */
    public int size() {
        return ram.length;
    }

    public void setCodeWriteListener(CodeWriteListener listener) {
        this.codeWriteListener = listener;
    }

    /** Marks the page holding {@code address} as holding decoded code, so a write to it is reported once. */
    public void watchForCodeWrites(int address) {
        codePages[address >>> PAGE_SHIFT] = true;
    }

    /** True when {@code address} is backed by RAM. */
    public boolean isRam(int address) {
        return address >= 0 && address < ram.length;
    }

    public int readByte(int address) {
        return address >= 0 && address < ram.length ? ram[address] & 0xFF : 0xFF;
    }

    public int readWord(int address) {
        if (address >= 0 && address <= ram.length - 2) {
            return (short) SHORTS.get(ram, address) & 0xFFFF;
        }
        return readByte(address) | readByte(address + 1) << 8;
    }

    public int readDword(int address) {
        if (address >= 0 && address <= ram.length - 4) {
            return (int) INTS.get(ram, address);
        }
        return readWord(address) | readWord(address + 2) << 16;
    }

    /** Reads 1, 2 or 4 bytes, zero-extended. */
    public int read(int address, int size) {
        if (size == 4) {
            return readDword(address);
        }
        return size == 1 ? readByte(address) : readWord(address);
    }

    public void writeByte(int address, int value) {
        if (address >= 0 && address < ram.length) {
            if (codePages[address >>> PAGE_SHIFT]) {
                codeWritten(address);
            }
            ram[address] = (byte) value;
        }
    }

    public void writeWord(int address, int value) {
        if (address >= 0 && address <= ram.length - 2) {
            checkCode(address, 2);
            SHORTS.set(ram, address, (short) value);
        } else {
            writeByte(address, value);
            writeByte(address + 1, value >> 8);
        }
    }

    public void writeDword(int address, int value) {
        if (address >= 0 && address <= ram.length - 4) {
            checkCode(address, 4);
            INTS.set(ram, address, value);
        } else {
            writeWord(address, value);
            writeWord(address + 2, value >> 16);
        }
    }

    /** Writes the low 1, 2 or 4 bytes of {@code value}. */
    public void write(int address, int size, int value) {
        if (size == 4) {
            writeDword(address, value);
        } else if (size == 1) {
            writeByte(address, value);
        } else {
            writeWord(address, value);
        }
    }

    /** Copies {@code data} to {@code address}; bytes that fall outside RAM are dropped. */
    public void load(int address, byte[] data) {
        for (int i = 0; i < data.length; i++) {
            writeByte(address + i, data[i]);
        }
    }

    /** Fills {@code length} bytes at {@code address} with zero; bytes outside RAM are left alone. */
    public void zero(int address, int length) {
        for (int i = 0; i < length; i++) {
            writeByte(address + i, 0);
        }
    }

    /** Reads {@code length} bytes at {@code address} (0xFF outside RAM), e.g. for a debugger memory view. */
    public byte[] readBytes(int address, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) readByte(address + i);
        }
        return out;
    }

    private void checkCode(int address, int size) {
        int first = address >>> PAGE_SHIFT;
        int last = (address + size - 1) >>> PAGE_SHIFT;
        if (codePages[first]) {
            codeWritten(address);
        }
        if (last != first && codePages[last]) {
            codeWritten(address + size - 1);
        }
    }

    private void codeWritten(int address) {
        int page = address >>> PAGE_SHIFT;
        codePages[page] = false;
        codeWriteListener.codeWritten(page);
    }
}
