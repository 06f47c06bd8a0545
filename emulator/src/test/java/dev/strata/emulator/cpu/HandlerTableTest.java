package dev.strata.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.strata.emulator.decode.OpcodeTable;
import org.junit.jupiter.api.Test;

/** Every row of the opcode table has exactly one handler (binding twice or not at all fails the build). */
class HandlerTableTest {
    @Test
    void everyRowHasAHandler() {
        var handlers = HandlerTable.build();

        assertEquals(OpcodeTable.all().size(), handlers.length);
        for (var spec : OpcodeTable.all()) {
            assertNotNull(handlers[spec.id], spec.toString());
        }
    }
}
