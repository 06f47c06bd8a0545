package dev.strata.emulator.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.emulator.RunResult;
import dev.strata.emulator.baremetal.BootedGuest;
import dev.strata.emulator.baremetal.Guests;
import dev.strata.emulator.decode.OpcodeSpec;
import dev.strata.emulator.decode.OpcodeTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the ALU vector programs on the host CPU (as 32-bit Linux programs) and in the emulator (bare metal), then
 * compares every line, masking the flags the opcode table marks undefined for that mnemonic.
 */
class HostCpuDifferentialTest {
    private static final List<String> SOURCES = List.of("vectors_out.c", "alu_vectors.c", "alu_more.c");

    @Test
    void aluResultsAndDefinedFlagsMatchTheHostCpu() throws Exception {
        Path hosted = Guests.hosted("alu_vectors", SOURCES);
        Process process = new ProcessBuilder(hosted.toString()).redirectErrorStream(true).start();
        String expected = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "hosted run failed");

        BootedGuest guest = BootedGuest.boot(Guests.image("alu_vectors", SOURCES), "", List.of());
        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());

        String[] hostLines = expected.split("\n");
        String[] emulatorLines = guest.debugConsole().split("\n");
        List<String> mismatches = new ArrayList<>();
        for (int n = 0; n < Math.max(hostLines.length, emulatorLines.length) && mismatches.size() < 40; n++) {
            String host = n < hostLines.length ? hostLines[n] : "(missing)";
            String emulated = n < emulatorLines.length ? emulatorLines[n] : "(missing)";
            if (!masked(host).equals(masked(emulated))) {
                mismatches.add("host     " + host + "\n  emulator " + emulated);
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " mismatches (of " + hostLines.length + " cases), first ones:\n  "
                    + String.join("\n  ", mismatches));
        }
        assertEquals(hostLines.length, emulatorLines.length);
    }

    /** The line with the flags the table calls undefined for its mnemonic cleared. */
    private static String masked(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 8) {
            return line;
        }
        int flags = Integer.parseUnsignedInt(parts[7], 16) & ~undefinedFlags(parts[0]);
        parts[7] = String.format("%08x", flags);
        return String.join(" ", parts);
    }

    private static int undefinedFlags(String mnemonic) {
        for (OpcodeSpec spec : OpcodeTable.all()) {
            if (spec.mnemonic.equals(mnemonic) || spec.mnemonic16.equals(mnemonic)) {
                return spec.flagsUndefined;
            }
        }
        return 0;
    }
}
