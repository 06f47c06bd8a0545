package dev.strata.emulator.devices;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a device's output bytes go on the host. Bytes are buffered and handed to the host stream at each newline
 * and when the machine stops, so a console sees whole lines without a system call per byte. A host stream that
 * fails is dropped: the guest cannot see host errors, and the run must not die of them.
 */
public final class HostSink {
    private final byte[] buffer = new byte[4096];
    private int used;
    private OutputStream out;

    public void setStream(OutputStream stream) {
        flush();
        this.out = stream;
    }

    public void write(int b) {
        if (out == null) {
            return;
        }
        buffer[used++] = (byte) b;
        if (b == '\n' || used == buffer.length) {
            flush();
        }
    }

    /** Hands buffered bytes to the host stream. */
    public void flush() {
        if (out == null || used == 0) {
            used = 0;
            return;
        }
        try {
            out.write(buffer, 0, used);
            out.flush();
        } catch (IOException e) {
            out = null;
        }
        used = 0;
    }
}
