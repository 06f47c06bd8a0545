package dev.strata.emulator.cpu;

import dev.strata.emulator.decode.OpcodeSpec;
import dev.strata.emulator.decode.OpcodeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a handler to every row of the {@link OpcodeTable}, indexed by {@link OpcodeSpec#id}. Each instruction
 * family registers its own rows; a row left without a handler is a programming error caught when the table is built
 * (and by the tests).
 */
final class HandlerTable {
    private final Handler[] handlers = new Handler[OpcodeTable.all().size()];

    private HandlerTable() {
    }

    static Handler[] build() {
        HandlerTable table = new HandlerTable();
        ArithmeticHandlers.register(table);
        ShiftAndBitHandlers.register(table);
        DataMovementHandlers.register(table);
        ControlHandlers.register(table);
        StringHandlers.register(table);
        SystemHandlers.register(table);
        SystemSegments.register(table);
        List<String> missing = new ArrayList<>();
        for (OpcodeSpec spec : OpcodeTable.all()) {
            if (table.handlers[spec.id] == null) {
                missing.add(spec.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("opcode table rows without a handler: " + missing);
        }
        return table.handlers;
    }

    /** Binds the row of a non-group opcode. */
    void bind(int opcode, Handler handler) {
        OpcodeSpec spec = OpcodeTable.primary(opcode);
        if (spec == null) {
            throw new IllegalStateException("no table row for opcode 0x" + Integer.toHexString(opcode));
        }
        set(spec, handler);
    }

    /** Binds opcodes {@code first} to {@code first + count - 1} to one handler. */
    void bindRange(int first, int count, Handler handler) {
        for (int i = 0; i < count; i++) {
            bind(first + i, handler);
        }
    }

    /** Binds every defined row of a group opcode to one handler, which looks at ModRM.reg itself. */
    void bindGroup(int opcode, Handler handler) {
        for (int reg = 0; reg < 8; reg++) {
            OpcodeSpec spec = OpcodeTable.groupRow(opcode, reg);
            if (spec != null) {
                set(spec, handler);
            }
        }
    }

    /** Binds one row of a group opcode. */
    void bind(int opcode, int reg, Handler handler) {
        OpcodeSpec spec = OpcodeTable.groupRow(opcode, reg);
        if (spec == null) {
            throw new IllegalStateException("no table row for opcode 0x" + Integer.toHexString(opcode) + " /" + reg);
        }
        set(spec, handler);
    }

    void bind(OpcodeSpec spec, Handler handler) {
        set(spec, handler);
    }

    private void set(OpcodeSpec spec, Handler handler) {
        if (handlers[spec.id] != null) {
            throw new IllegalStateException("two handlers for " + spec);
        }
        handlers[spec.id] = handler;
    }
}
