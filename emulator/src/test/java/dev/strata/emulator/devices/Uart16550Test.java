package dev.strata.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.log.EmulatorLog;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The 16550 as a driver sees it through the port bus. */
class Uart16550Test {
    private final IoBus bus = new IoBus(new EmulatorLog());
    private final HostSink sink = new HostSink();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Uart16550Test() {
        sink.setStream(out);
        new Uart16550(Uart16550.COM1, sink).attach(bus);
    }

    @Test
    void transmitterIsAlwaysEmptyAndBytesReachTheSinkPerLine() {
        assertEquals(0x60, bus.read(0x3FD, 1) & 0x60);
        bus.write(0x3F8, 1, 'h');
        bus.write(0x3F8, 1, 'i');
        assertEquals("", out.toString(), "buffered until the newline");
        bus.write(0x3F8, 1, '\n');
        assertEquals("hi\n", out.toString());
    }

    @Test
    void standardInitSequenceKeepsItsValues() {
        bus.write(0x3F9, 1, 0x00);
        bus.write(0x3FB, 1, 0x80);
        bus.write(0x3F8, 1, 0x03);
        bus.write(0x3F9, 1, 0x00);
        bus.write(0x3FB, 1, 0x03);
        bus.write(0x3FA, 1, 0xC7);
        bus.write(0x3FC, 1, 0x0B);
        bus.write(0x3FF, 1, 0x5A);

        assertEquals(0x03, bus.read(0x3FB, 1));
        assertEquals(0x0B, bus.read(0x3FC, 1));
        assertEquals(0x5A, bus.read(0x3FF, 1));
        assertEquals(0xC1, bus.read(0x3FA, 1), "FIFOs on, no interrupt pending");
        bus.write(0x3FB, 1, 0x83);
        assertEquals(0x03, bus.read(0x3F8, 1), "divisor latch low");
        assertEquals("", out.toString(), "divisor writes are not transmitted");
    }

    @Test
    void loopbackFeedsTheReceiver() {
        bus.write(0x3FC, 1, 0x1E);
        bus.write(0x3F8, 1, 0xAE);

        assertEquals(0x01, bus.read(0x3FD, 1) & 0x01, "data ready");
        assertEquals(0xAE, bus.read(0x3F8, 1));
        assertEquals(0x00, bus.read(0x3FD, 1) & 0x01);
        assertEquals("", out.toString());
    }
}
