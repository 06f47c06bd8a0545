package dev.strata.emulator;

import dev.strata.emulator.cpu.Cpu;
import dev.strata.emulator.cpu.CpuStop;
import dev.strata.emulator.devices.DebugConsole;
import dev.strata.emulator.devices.DebugExit;
import dev.strata.emulator.devices.HostSink;
import dev.strata.emulator.devices.Uart16550;
import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.memory.PhysicalMemory;
import dev.strata.emulator.log.EmulatorLog;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A PC: an i386 CPU, RAM, the I/O-port bus, a 16550 UART on COM1, the 0xE9 debug console and QEMU's isa-debug-exit
 * device at 0xf4. Load a kernel with {@link dev.strata.emulator.boot.MultibootLoader}, then {@link #run()}.
 *
 * <p>{@code run()} executes on the calling thread; {@link #requestStop()} may be called from any thread. A machine
 * that exited, halted or faulted keeps returning that result; after STOPPED, {@code run()} continues where it was.
 */
public final class Machine {
    /** Instructions between checks of {@link #requestStop()}: about a millisecond of guest time. */
    private static final int BATCH = 1 << 16;

    private final EmulatorLog log = new EmulatorLog();
    private final PhysicalMemory memory;
    private final IoBus io = new IoBus(log);
    private final Cpu cpu;
    private final HostSink serialSink = new HostSink();
    private final HostSink debugSink = new HostSink();
    private volatile boolean stopRequested;

    public Machine(MachineConfig config) {
        this.memory = new PhysicalMemory(config.ramBytes());
        this.cpu = new Cpu(memory, io, log);
        new Uart16550(Uart16550.COM1, serialSink).attach(io);
        new DebugConsole(debugSink).attach(io);
        new DebugExit(value -> cpu.stop(new CpuStop(CpuStop.Kind.EXITED, value,
                String.format("guest exited with value %d at eip=0x%08x", value, cpu.eip())))).attach(io);
    }

    /** COM1 transmit bytes go here, flushed per line and when the run ends. Null discards them. */
    public void setSerialSink(OutputStream out) {
        serialSink.setStream(out);
    }

    /** Port 0xE9 bytes go here, flushed per line and when the run ends. Null discards them. */
    public void setDebugConsoleSink(OutputStream out) {
        debugSink.setStream(out);
    }

    /**
     * Switches logging of {@code topics} (interrupts, unclaimed ports, paging) to {@code sink} on; an empty set
     * switches it off. Topics that are off cost nothing per instruction.
     */
    public void setLog(Consumer<String> sink, Set<EmulatorLog.Topic> topics) {
        log.configure(sink, topics);
    }

    /** Runs on the calling thread until the guest exits, halts or faults, or {@link #requestStop()} is called. */
    public RunResult run() {
        try {
            while (true) {
                CpuStop stop = cpu.stopReason();
                if (stop != null) {
                    return result(stop);
                }
                if (stopRequested) {
                    stopRequested = false;
                    flush();
                    return new RunResult(RunResult.Kind.STOPPED, 0,
                            String.format("stopped on request at eip=0x%08x", cpu.eip()));
                }
                cpu.run(BATCH);
            }
        } catch (RuntimeException | StackOverflowError e) {
            cpu.stop(new CpuStop(CpuStop.Kind.FAULTED, 0, String.format(
                    "emulator error at eip=0x%08x after %d instructions: %s", cpu.eip(), cpu.instructionCount(), e)));
            return result(cpu.stopReason());
        }
    }

    /** Makes {@link #run()} return {@link RunResult.Kind#STOPPED} soon; safe from any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    public Cpu cpu() {
        return cpu;
    }

    public PhysicalMemory memory() {
        return memory;
    }

    /** The I/O-port bus, for attaching more devices. */
    public IoBus io() {
        return io;
    }

    /** Instructions retired since the machine was built. */
    public long instructionCount() {
        return cpu.instructionCount();
    }

    private RunResult result(CpuStop stop) {
        flush();
        RunResult.Kind kind = switch (stop.kind()) {
            case EXITED -> RunResult.Kind.EXITED;
            case HALTED -> RunResult.Kind.HALTED;
            case FAULTED -> RunResult.Kind.FAULTED;
        };
        return new RunResult(kind, stop.exitValue(), stop.diagnostic());
    }

    private void flush() {
        serialSink.flush();
        debugSink.flush();
    }
}
