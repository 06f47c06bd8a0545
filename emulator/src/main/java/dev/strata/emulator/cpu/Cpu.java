package dev.strata.emulator.cpu;

import static dev.strata.emulator.decode.DecodedInstruction.CS;
import static dev.strata.emulator.decode.DecodedInstruction.SS;

import dev.strata.emulator.decode.DecodeMode;
import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Decoder;
import dev.strata.emulator.decode.Disassembler;
import dev.strata.emulator.decode.Eflags;
import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.log.EmulatorLog;
import dev.strata.emulator.memory.PhysicalMemory;

/**
 * The i386 processor: registers, flags, segment and control registers, and the fetch-decode-execute loop.
 *
 * <p>Each step looks the instruction up in the {@link DecodeCache} by physical EIP (decoding it on a miss) and calls
 * the handler bound to its opcode-table row. Memory operands go segment → {@link #linear} → {@link #translate}
 * (the identity, or {@link Paging} when CR0.PG is set) → {@link PhysicalMemory}. An access that crosses a page
 * boundary with paging on is translated page by page, and both pages are checked before a write changes either.
 *
 * <p>Only ring 0 exists: privilege levels, the LDT and task switching are not modelled yet.
 * Counters for profiling: {@link #instructionCount()}, {@link #decodeCount()}, {@link #decodeCacheInvalidations()},
 * {@link #tlbMisses()}.
 */
public final class Cpu {
    public static final int EAX = 0;
    public static final int ECX = 1;
    public static final int EDX = 2;
    public static final int EBX = 3;
    public static final int ESP = 4;
    public static final int EBP = 5;
    public static final int ESI = 6;
    public static final int EDI = 7;

    public static final int CR0_PE = 1;
    public static final int CR0_PG = 1 << 31;

    /** General registers, indexed EAX..EDI. */
    final int[] r = new int[8];
    int eip;
    /** EFLAGS, with lazily computed status flags. */
    final Flags flags = new Flags();
    final SegmentRegister[] seg = new SegmentRegister[6];
    /** The task register (TR) and its TSS descriptor cache; selector 0 until LTR. */
    final SegmentRegister taskRegister = new SegmentRegister();
    /** The LDTR selector: always null, since loading a real LDT is not implemented yet. */
    int ldtSelector;
    int cr0;
    int cr2;
    int cr3;
    int cr4;
    int gdtBase;
    int gdtLimit;
    int idtBase;
    int idtLimit = 0x3FF;

    final PhysicalMemory memory;
    final IoBus io;
    final EmulatorLog log;
    private final DecodeCache cache;
    private final Handler[] handlers = HandlerTable.build();
    private final Segments segments = new Segments(this);
    private final Paging paging;
    /** CR0.PG, cached for the memory access path. */
    private boolean pagingEnabled;
    private DecodeMode mode = DecodeMode.BITS_16;

    /** Instructions retired since power-on. */
    long instructions;
    /** EIP of the instruction executing now, where a fault rewinds to. */
    int instructionStart;
    /** Set when the run must end; checked after every instruction. */
    CpuStop stop;
    /** Work left in the current {@link #run}: one unit per instruction, plus the elements of REP slices. */
    long workLeft;
    /** The memory operand address of the last {@link #readRm}, for the write of a read-modify-write. */
    private int lastAddress;
    /** The decode-cache page EIP is in (null: none), and the CS offset of that page's first byte. */
    private DecodedInstruction[] codePage;
    private int codePageOffset;

    public Cpu(PhysicalMemory memory, IoBus io, EmulatorLog log) {
        this.memory = memory;
        this.io = io;
        this.log = log;
        this.cache = new DecodeCache(memory);
        this.paging = new Paging(this, memory);
        memory.setCodeWriteListener(page -> {
            cache.invalidate(page);
            codePage = null;
        });
        for (int i = 0; i < seg.length; i++) {
            seg[i] = new SegmentRegister();
        }
    }

    /**
     * Runs until {@code budget} units of work are done or the CPU stops. A unit is an instruction, or an element of
     * a REP string instruction, so a run of long copies also returns promptly.
     *
     * @return instructions retired by this call
     */
    public long run(long budget) {
        long before = instructions;
        workLeft = budget;
        while (stop == null && workLeft > 0) {
            try {
                execute();
            } catch (CpuException e) {
                eip = instructionStart;
                try {
                    Interrupts.raise(this, e);
                } catch (MissingFeature missing) {
                    unsupported(missing);
                }
            } catch (MissingFeature e) {
                unsupported(e);
            }
        }
        return instructions - before;
    }

    private void unsupported(MissingFeature e) {
        eip = instructionStart;
        stop(new CpuStop(CpuStop.Kind.FAULTED, 0, String.format(
                "guest stopped: unsupported at eip=0x%08x: %s, in %s", eip, e.getMessage(), describeAt(eip))));
    }

    private void execute() {
        while (stop == null && workLeft-- > 0) {
            int start = eip;
            instructionStart = start;
            DecodedInstruction insn = fetch(start);
            eip = start + insn.length;
            handlers[insn.spec.id].execute(this, insn);
            instructions++;
        }
    }

    /**
     * The instruction at CS:offset. The fast path indexes the cache page EIP is already in; crossing into another
     * page, a code write, or a CS change takes the slow path, which translates the address and finds the page.
     */
    private DecodedInstruction fetch(int offset) {
        int index = offset - codePageOffset;
        DecodedInstruction[] page = codePage;
        if (page != null && index >>> PhysicalMemory.PAGE_SHIFT == 0) {
            DecodedInstruction insn = page[index];
            if (insn != null) {
                return insn;
            }
        }
        return fetchSlowly(offset);
    }

    private DecodedInstruction fetchSlowly(int offset) {
        int linear = linear(CS, offset, 1);
        int physical = translate(linear, false);
        DecodedInstruction[] page = cache.page(physical);
        int within = physical & (PhysicalMemory.PAGE_SIZE - 1);
        if (seg[CS].flat && page != null) {
            codePage = page;
            codePageOffset = offset - within;
        } else {
            codePage = null;
        }
        DecodedInstruction insn = page == null ? null : page[within];
        if (insn == null) {
            insn = Decoder.decode(this::fetchByte, linear, mode);
            cache.decodes++;
            if (page != null) {
                DecodeCache.put(page, physical, insn);
            }
        }
        return insn;
    }

    private int fetchByte(int linear) {
        return memory.readByte(translate(linear, false));
    }

    /** The decoded instruction at {@code offset} in CS and its bytes, for a diagnostic; never throws. */
    String describeAt(int offset) {
        try {
            DecodedInstruction insn = Decoder.decode(this::fetchByte, seg[CS].base + offset, mode);
            return Disassembler.format(insn) + " (" + insn.hexBytes() + ")";
        } catch (RuntimeException e) {
            return "an instruction whose bytes cannot be read";
        }
    }

    // ---- the stop state -------------------------------------------------------------------------------------------

    /** Why the CPU stopped, or null while it can run. */
    public CpuStop stopReason() {
        return stop;
    }

    /** Ends the run after the current instruction, e.g. from a device. The first reason given wins. */
    public void stop(CpuStop reason) {
        if (stop == null) {
            stop = reason;
        }
    }

    // ---- registers (for front-ends such as a debugger) -----------------------------------------------------------

    public int register(int number) {
        return r[number];
    }

    public void setRegister(int number, int value) {
        r[number] = value;
    }

    public int eip() {
        return eip;
    }

    public void setEip(int value) {
        eip = value;
    }

    public int eflags() {
        return flags.get() | Eflags.RESERVED_1;
    }

    public void setEflags(int value) {
        flags.set(value);
    }

    /** Segment register ES, CS, SS, DS, FS or GS (DecodedInstruction.ES...). */
    public SegmentRegister segment(int number) {
        return seg[number];
    }

    /** The task register: the TSS selector LTR loaded and its base and limit. */
    public SegmentRegister taskRegister() {
        return taskRegister;
    }

    public int cr0() {
        return cr0;
    }

    public int cr2() {
        return cr2;
    }

    public int cr3() {
        return cr3;
    }

    public int cr4() {
        return cr4;
    }

    public int gdtBase() {
        return gdtBase;
    }

    public int gdtLimit() {
        return gdtLimit;
    }

    public int idtBase() {
        return idtBase;
    }

    public int idtLimit() {
        return idtLimit;
    }

    public long instructionCount() {
        return instructions;
    }

    /** Instructions decoded because the decode cache did not hold them, for profiling. */
    public long decodeCount() {
        return cache.decodes;
    }

    /** Code pages dropped from the decode cache because the guest wrote to them, for profiling. */
    public long decodeCacheInvalidations() {
        return cache.invalidations;
    }

    /**
     * Puts the CPU in the state Multiboot promises: protected mode, paging off, flat 4 GiB code and data
     * segments (built from the descriptors the loader wrote), interrupts off, and no IDT yet (limit 0), so an early
     * exception triple-faults with a clear diagnostic.
     */
    public void enterFlatProtectedMode(int codeSelector, int codeLow, int codeHigh, int dataSelector, int dataLow,
            int dataHigh) {
        cr0 = CR0_PE;
        for (int i = 0; i < seg.length; i++) {
            if (i == CS) {
                seg[i].loadDescriptor(codeSelector, codeLow, codeHigh);
            } else {
                seg[i].loadDescriptor(dataSelector, dataLow, dataHigh);
            }
        }
        flags.set(0);
        idtBase = 0;
        idtLimit = 0;
        codeSegmentChanged();
    }

    public void setGdt(int base, int limit) {
        gdtBase = base;
        gdtLimit = limit & 0xFFFF;
    }

    // ---- register access by operand size --------------------------------------------------------------------------

    int reg(int size, int n) {
        if (size == 4) {
            return r[n];
        }
        if (size == 2) {
            return r[n] & 0xFFFF;
        }
        return n < 4 ? r[n] & 0xFF : (r[n - 4] >>> 8) & 0xFF;
    }

    void setReg(int size, int n, int value) {
        if (size == 4) {
            r[n] = value;
        } else if (size == 2) {
            r[n] = (r[n] & 0xFFFF0000) | (value & 0xFFFF);
        } else if (n < 4) {
            r[n] = (r[n] & 0xFFFFFF00) | (value & 0xFF);
        } else {
            r[n - 4] = (r[n - 4] & 0xFFFF00FF) | ((value & 0xFF) << 8);
        }
    }

    // ---- memory -------------------------------------------------------------------------------------------------

    /** The effective address (offset within the segment) of the instruction's memory operand. */
    int ea(DecodedInstruction i) {
        int offset = i.displacement;
        if (i.base >= 0) {
            offset += r[i.base];
        }
        if (i.index >= 0) {
            offset += r[i.index] << i.scaleShift;
        }
        return i.addressSize == 4 ? offset : offset & 0xFFFF;
    }

    /** Segment base plus offset, after the limit check that non-flat segments need. */
    int linear(int segment, int offset, int size) {
        SegmentRegister s = seg[segment];
        return s.flat ? offset : segments.checkedLinear(segment, offset, size);
    }

    /** Linear to physical: the identity while paging is off. */
    int translate(int linear, boolean write) {
        return pagingEnabled ? paging.translate(linear, write) : linear;
    }

    int read(int segment, int offset, int size) {
        return readLinear(linear(segment, offset, size), size);
    }

    void write(int segment, int offset, int size, int value) {
        writeLinear(linear(segment, offset, size), size, value);
    }

    int readLinear(int linear, int size) {
        if (pagingEnabled && crossesPage(linear, size)) {
            int value = 0;
            for (int i = 0; i < size; i++) {
                value |= memory.readByte(translate(linear + i, false)) << (8 * i);
            }
            return value;
        }
        return memory.read(translate(linear, false), size);
    }

    void writeLinear(int linear, int size, int value) {
        if (pagingEnabled && crossesPage(linear, size)) {
            translate(linear, true);
            translate(linear + size - 1, true);
            for (int i = 0; i < size; i++) {
                memory.writeByte(translate(linear + i, true), value >>> (8 * i));
            }
            return;
        }
        memory.write(translate(linear, true), size, value);
    }

    private static boolean crossesPage(int linear, int size) {
        return (linear & (PhysicalMemory.PAGE_SIZE - 1)) + size > PhysicalMemory.PAGE_SIZE;
    }

    /** Drops the TLB (CR3 write, CR0.PG change) and, with it, the fetch fast path's page. */
    void flushTlb() {
        paging.flush();
        codePage = null;
    }

    /** INVLPG: forgets one page's translation. */
    void invalidatePage(int linear) {
        paging.invalidate(linear);
        codePage = null;
    }

    /** Page-table walks done because the TLB missed, for profiling. */
    public long tlbMisses() {
        return paging.walks;
    }

    /** Reads the ModRM r/m operand, remembering a memory address for {@link #writeBackRm}. */
    int readRm(DecodedInstruction i, int size) {
        if (i.mod == 3) {
            return reg(size, i.rm);
        }
        lastAddress = ea(i);
        return read(i.segment, lastAddress, size);
    }

    /** Writes the r/m operand that the last {@link #readRm} read. */
    void writeBackRm(DecodedInstruction i, int size, int value) {
        if (i.mod == 3) {
            setReg(size, i.rm, value);
        } else {
            write(i.segment, lastAddress, size, value);
        }
    }

    /** Writes the r/m operand without reading it first. */
    void writeRm(DecodedInstruction i, int size, int value) {
        if (i.mod == 3) {
            setReg(size, i.rm, value);
        } else {
            write(i.segment, ea(i), size, value);
        }
    }

    // ---- stack --------------------------------------------------------------------------------------------------

    void push(int size, int value) {
        if (seg[SS].big) {
            int sp = r[ESP] - size;
            write(SS, sp, size, value);
            r[ESP] = sp;
        } else {
            int sp = (r[ESP] - size) & 0xFFFF;
            write(SS, sp, size, value);
            r[ESP] = (r[ESP] & 0xFFFF0000) | sp;
        }
    }

    int pop(int size) {
        int value = peek(size, 0);
        adjustStack(size);
        return value;
    }

    /** Reads the stack {@code depth} bytes above the top without popping. */
    int peek(int size, int depth) {
        int sp = seg[SS].big ? r[ESP] + depth : (r[ESP] + depth) & 0xFFFF;
        return read(SS, sp, size);
    }

    void adjustStack(int bytes) {
        if (seg[SS].big) {
            r[ESP] += bytes;
        } else {
            r[ESP] = (r[ESP] & 0xFFFF0000) | ((r[ESP] + bytes) & 0xFFFF);
        }
    }

    // ---- flags and modes ----------------------------------------------------------------------------------------

    boolean flag(int mask) {
        return flags.test(mask);
    }

    void setFlag(int mask, boolean on) {
        flags.put(mask, on);
    }

    /** Jcc/SETcc condition {@code cc} (the low nibble of the opcode). */
    boolean condition(int cc) {
        return flags.condition(cc);
    }

    boolean protectedMode() {
        return (cr0 & CR0_PE) != 0;
    }

    void setCr0(int value) {
        if ((value & CR0_PG) != 0 && (value & CR0_PE) == 0) {
            throw CpuException.generalProtection(0, "CR0.PG set without CR0.PE");
        }
        if ((value & CR0_PE) == 0 && protectedMode()) {
            throw new MissingFeature("returning to real mode (clearing CR0.PE) is not implemented yet");
        }
        int changed = cr0 ^ value;
        cr0 = value;
        pagingEnabled = (value & CR0_PG) != 0;
        if ((changed & (CR0_PG | Paging.CR0_WP)) != 0) {
            flushTlb();
        }
    }

    void setCr3(int value) {
        cr3 = value;
        flushTlb();
    }

    void loadSegment(int which, int selector) {
        segments.load(which, selector);
    }

    /**
     * Re-derives the decode mode from CS's D bit (cached decodes of the other mode are dropped) and leaves the
     * fetch fast path, whose page was found through the old CS base.
     */
    void codeSegmentChanged() {
        codePage = null;
        DecodeMode next = seg[CS].big ? DecodeMode.BITS_32 : DecodeMode.BITS_16;
        if (next != mode) {
            mode = next;
            cache.clear();
        }
    }

    Segments segments() {
        return segments;
    }
}
