package dev.strata.emulator.devices;

import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.io.IoDevice;
import java.util.ArrayDeque;

/**
 * A 16550A UART, as on COM1 (ports base to base+7). Transmitting is instant: the transmitter is always empty, so a
 * driver that polls LSR for THRE never waits. The registers a standard init sequence touches (IER, FCR, LCR with
 * DLAB, the divisor latch, MCR, SCR) keep their values, and loopback mode (MCR bit 4) feeds transmitted bytes back
 * to the receiver, as OSDev-style "is the chip there" checks expect. No IRQ line is wired yet, so IIR reports
 * pending conditions but nothing interrupts the CPU.
 *
 * <pre>
 * offset  DLAB=0 read / write   DLAB=1
 *   0     RBR / THR             DLL
 *   1     IER                   DLM
 *   2     IIR / FCR
 *   3     LCR (bit 7 = DLAB)
 *   4     MCR (bit 4 = loopback)
 *   5     LSR (bit 0 data ready, 5 THR empty, 6 transmitter empty)
 *   6     MSR
 *   7     SCR
 * </pre>
 */
public final class Uart16550 implements IoDevice {
    public static final int COM1 = 0x3F8;

    private static final int LSR_DATA_READY = 0x01;
    private static final int LSR_THR_EMPTY = 0x20;
    private static final int LSR_TRANSMITTER_EMPTY = 0x40;
    private static final int LCR_DLAB = 0x80;
    private static final int MCR_LOOPBACK = 0x10;
    private static final int IER_RX_AVAILABLE = 0x01;
    private static final int IER_THR_EMPTY = 0x02;
    private static final int RECEIVE_FIFO_SIZE = 16;

    private final int base;
    private final HostSink sink;
    private final ArrayDeque<Integer> receiveFifo = new ArrayDeque<>();
    private int interruptEnable;
    private int lineControl = 0x03;
    private int modemControl;
    private int scratch;
    private int divisor = 12;
    private boolean fifoEnabled;
    /** Set when the transmitter empties with the THRE interrupt enabled; cleared by reading IIR or writing THR. */
    private boolean thrEmptyPending;

    public Uart16550(int base, HostSink sink) {
        this.base = base;
        this.sink = sink;
    }

    /** Claims the eight ports of this UART. */
    public void attach(IoBus bus) {
        bus.registerRange(this, base, 8);
    }

    @Override
    public int read(int port, int size) {
        boolean dlab = (lineControl & LCR_DLAB) != 0;
        return switch (port - base) {
            case 0 -> dlab ? divisor & 0xFF : receive();
            case 1 -> dlab ? divisor >> 8 : interruptEnable;
            case 2 -> interruptIdentification();
            case 3 -> lineControl;
            case 4 -> modemControl;
            case 5 -> LSR_THR_EMPTY | LSR_TRANSMITTER_EMPTY | (receiveFifo.isEmpty() ? 0 : LSR_DATA_READY);
            case 6 -> modemStatus();
            default -> scratch;
        };
    }

    @Override
    public void write(int port, int size, int value) {
        int b = value & 0xFF;
        boolean dlab = (lineControl & LCR_DLAB) != 0;
        switch (port - base) {
            case 0 -> {
                if (dlab) {
                    divisor = (divisor & 0xFF00) | b;
                } else {
                    transmit(b);
                }
            }
            case 1 -> {
                if (dlab) {
                    divisor = (divisor & 0xFF) | b << 8;
                } else {
                    interruptEnable = b & 0x0F;
                    thrEmptyPending = (interruptEnable & IER_THR_EMPTY) != 0;
                }
            }
            case 2 -> {
                fifoEnabled = (b & 0x01) != 0;
                if ((b & 0x02) != 0) {
                    receiveFifo.clear();
                }
            }
            case 3 -> lineControl = b;
            case 4 -> modemControl = b & 0x1F;
            case 7 -> scratch = b;
            default -> {
                // LSR and MSR are read-only; writes to them are ignored, as on the chip.
            }
        }
    }

    private void transmit(int b) {
        if ((modemControl & MCR_LOOPBACK) != 0) {
            if (receiveFifo.size() < RECEIVE_FIFO_SIZE) {
                receiveFifo.add(b);
            }
        } else {
            sink.write(b);
        }
        thrEmptyPending = (interruptEnable & IER_THR_EMPTY) != 0;
    }

    private int receive() {
        Integer b = receiveFifo.poll();
        return b == null ? 0 : b;
    }

    private int interruptIdentification() {
        int fifoBits = fifoEnabled ? 0xC0 : 0;
        if (!receiveFifo.isEmpty() && (interruptEnable & IER_RX_AVAILABLE) != 0) {
            return fifoBits | 0x04;
        }
        if (thrEmptyPending) {
            thrEmptyPending = false;
            return fifoBits | 0x02;
        }
        return fifoBits | 0x01;
    }

    /** In loopback, MCR's DTR/RTS/OUT1/OUT2 appear as DSR/CTS/RI/DCD; otherwise a connected, ready line. */
    private int modemStatus() {
        if ((modemControl & MCR_LOOPBACK) != 0) {
            int m = modemControl;
            return ((m & 0x02) << 3) | ((m & 0x01) << 5) | ((m & 0x04) << 4) | ((m & 0x08) << 4);
        }
        return 0xB0;
    }
}
