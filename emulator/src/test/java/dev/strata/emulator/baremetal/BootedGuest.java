package dev.strata.emulator.baremetal;

import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.RunResult;
import dev.strata.emulator.boot.MultibootLoader;
import dev.strata.emulator.boot.MultibootModule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A guest run to its end: the result and everything it wrote to COM1 and port 0xE9. */
public record BootedGuest(RunResult result, String serial, String debugConsole, Machine machine) {
    public static final MachineConfig CONFIG = new MachineConfig(32 << 20);

    public static BootedGuest boot(String name, String cmdline, List<MultibootModule> modules) throws Exception {
        return boot(Guests.image(name), cmdline, modules);
    }

    public static BootedGuest boot(byte[] image, String cmdline, List<MultibootModule> modules) throws Exception {
        Machine machine = new Machine(CONFIG);
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        machine.setSerialSink(serial);
        machine.setDebugConsoleSink(debug);
        MultibootLoader.load(machine, image, cmdline, modules);
        RunResult result = machine.run();
        return new BootedGuest(result, serial.toString(StandardCharsets.UTF_8),
                debug.toString(StandardCharsets.UTF_8), machine);
    }
}
