package dev.strata.emulator.decode;

import static dev.strata.emulator.decode.DecodedInstruction.DS;
import static dev.strata.emulator.decode.DecodedInstruction.SS;

import java.util.Arrays;

/**
 * Turns instruction bytes into a {@link DecodedInstruction} using the {@link OpcodeTable}. It never throws for bad
 * guest code: bytes the table does not define decode to {@link OpcodeTable#UNDEFINED}, which the CPU executes as #UD.
 */
public final class Decoder {
    /** The architectural limit; longer instructions raise #GP. */
    public static final int MAX_LENGTH = 15;

    private static final int REG_EBX = 3;
    private static final int REG_ESP = 4;
    private static final int REG_EBP = 5;
    private static final int REG_ESI = 6;
    private static final int REG_EDI = 7;
    /** 16-bit ModRM r/m: base and index registers of [bx+si], [bx+di], [bp+si], [bp+di], [si], [di], [bp], [bx]. */
    private static final int[] BASE16 = {REG_EBX, REG_EBX, REG_EBP, REG_EBP, REG_ESI, REG_EDI, REG_EBP, REG_EBX};
    private static final int[] INDEX16 = {REG_ESI, REG_EDI, REG_ESI, REG_EDI, -1, -1, -1, -1};

    private Decoder() {
    }

    /** Decodes the instruction at {@code address} of {@code bytes} in the given mode. */
    public static DecodedInstruction decode(InstructionBytes bytes, int address, DecodeMode mode) {
        return new Cursor(bytes, address).decode(mode);
    }

    /**
     * Decodes the instruction at {@code code[offset]}, which sits at linear address {@code address}.
     *
     * @throws IllegalArgumentException when the instruction runs past the end of {@code code}
     */
    public static DecodedInstruction decode(byte[] code, int offset, int address, DecodeMode mode) {
        return decode(at -> {
            long i = offset + ((long) at - address);
            if (i < 0 || i >= code.length) {
                throw new IllegalArgumentException(String.format(
                        "instruction at 0x%08x runs past the end of the %d code bytes", address, code.length));
            }
            return code[(int) i] & 0xFF;
        }, address, mode);
    }

    /** Decoding state for one instruction. */
    private static final class Cursor {
        private final InstructionBytes source;
        private final int start;
        private final byte[] buffer = new byte[MAX_LENGTH + 1];
        private int length;

        Cursor(InstructionBytes source, int start) {
            this.source = source;
            this.start = start;
        }

        private int next() {
            int b = source.byteAt(start + length);
            if (length < buffer.length) {
                buffer[length] = (byte) b;
            }
            length++;
            return b;
        }

        private int next16() {
            return next() | next() << 8;
        }

        private int next32() {
            return next16() | next16() << 16;
        }

        DecodedInstruction decode(DecodeMode mode) {
            int prefixes = 0;
            int override = -1;
            int opcode;
            while (true) {
                if (length >= MAX_LENGTH) {
                    return invalid(OpcodeTable.TOO_LONG, mode);
                }
                opcode = next();
                switch (opcode) {
                    case 0x26, 0x2E, 0x36, 0x3E -> override = (opcode >> 3) & 3;
                    case 0x64, 0x65 -> override = opcode - 0x60;
                    case 0x66 -> prefixes |= DecodedInstruction.PREFIX_OPERAND_SIZE;
                    case 0x67 -> prefixes |= DecodedInstruction.PREFIX_ADDRESS_SIZE;
                    case 0xF0 -> prefixes |= DecodedInstruction.PREFIX_LOCK;
                    case 0xF2 -> prefixes = (prefixes & ~DecodedInstruction.PREFIX_REP)
                            | DecodedInstruction.PREFIX_REPNE;
                    case 0xF3 -> prefixes = (prefixes & ~DecodedInstruction.PREFIX_REPNE)
                            | DecodedInstruction.PREFIX_REP;
                    default -> {
                        return decodeOpcode(opcode, prefixes, override, mode);
                    }
                }
            }
        }

        private DecodedInstruction decodeOpcode(int firstByte, int prefixes, int override, DecodeMode mode) {
            int opcode = firstByte == 0x0F ? 0x100 | next() : firstByte;
            int operandSize = (prefixes & DecodedInstruction.PREFIX_OPERAND_SIZE) != 0
                    ? 6 - mode.defaultSize : mode.defaultSize;
            int addressSize = (prefixes & DecodedInstruction.PREFIX_ADDRESS_SIZE) != 0
                    ? 6 - mode.defaultSize : mode.defaultSize;
            OpcodeSpec spec = OpcodeTable.primary(opcode);
            boolean group = OpcodeTable.isGroup(opcode);
            if (spec == null && !group) {
                return invalid(OpcodeTable.UNDEFINED, mode);
            }
            int modrm = -1;
            int base = -1;
            int index = -1;
            int scaleShift = 0;
            int displacement = 0;
            boolean stackBased = false;
            if (group || spec.hasModrm) {
                modrm = next();
                if (group) {
                    spec = OpcodeTable.groupRow(opcode, (modrm >> 3) & 7);
                    if (spec == null) {
                        return invalid(OpcodeTable.UNDEFINED, mode);
                    }
                }
                int mod = modrm >> 6;
                int rm = modrm & 7;
                if (mod == 3) {
                    if (spec.memoryOnly) {
                        return invalid(OpcodeTable.UNDEFINED, mode);
                    }
                } else if (addressSize == 4) {
                    if (rm == REG_ESP) {
                        int sib = next();
                        scaleShift = sib >> 6;
                        index = ((sib >> 3) & 7) == REG_ESP ? -1 : (sib >> 3) & 7;
                        base = sib & 7;
                        if (base == REG_EBP && mod == 0) {
                            base = -1;
                            displacement = next32();
                        }
                    } else if (rm == REG_EBP && mod == 0) {
                        displacement = next32();
                    } else {
                        base = rm;
                    }
                    stackBased = base == REG_ESP || base == REG_EBP;
                    if (mod == 1) {
                        displacement = (byte) next();
                    } else if (mod == 2) {
                        displacement = next32();
                    }
                } else {
                    if (rm == 6 && mod == 0) {
                        displacement = next16();
                    } else {
                        base = BASE16[rm];
                        index = INDEX16[rm];
                        stackBased = base == REG_EBP;
                    }
                    if (mod == 1) {
                        displacement = (byte) next();
                    } else if (mod == 2) {
                        displacement = (short) next16();
                    }
                }
            }
            int immediate = readImmediate(spec.immediate, operandSize, addressSize);
            int immediate2 = readImmediate(spec.immediate2, operandSize, addressSize);
            if (length > MAX_LENGTH) {
                return invalid(OpcodeTable.TOO_LONG, mode);
            }
            int segment = override >= 0 ? override : stackBased ? SS : DS;
            return new DecodedInstruction(spec, start, Arrays.copyOf(buffer, length), prefixes, override, segment,
                    operandSize, addressSize, modrm, base, index, scaleShift, displacement, immediate, immediate2);
        }

        private int readImmediate(ImmediateKind kind, int operandSize, int addressSize) {
            return switch (kind) {
                case NONE -> 0;
                case BYTE -> next();
                case BYTE_SIGNED, REL_BYTE -> (byte) next();
                case WORD -> next16();
                case OPERAND, FAR_POINTER -> operandSize == 4 ? next32() : next16();
                case REL_OPERAND -> operandSize == 4 ? next32() : (short) next16();
                case OFFSET -> addressSize == 4 ? next32() : next16();
            };
        }

        private DecodedInstruction invalid(OpcodeSpec reason, DecodeMode mode) {
            int kept = Math.min(length, MAX_LENGTH);
            return new DecodedInstruction(reason, start, Arrays.copyOf(buffer, kept), 0, -1, DS, mode.defaultSize,
                    mode.defaultSize, -1, -1, -1, 0, 0, 0, 0);
        }
    }
}
