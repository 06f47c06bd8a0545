package dev.strata.ui.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The smallest Multiboot v1 kernel that never ends: a header using the a.out kludge (flag bit 16, so no ELF is
 * needed) followed by {@code jmp $}. Tests that stop a running machine boot it.
 */
final class EndlessKernel {

	private static final int MAGIC = 0x1BADB002;
	private static final int FLAG_ADDRESSES = 1 << 16;
	private static final int LOAD_ADDRESS = 0x100000;
	private static final int HEADER_SIZE = 32;
	/** {@code EB FE}: jump to itself. */
	private static final byte[] JUMP_TO_SELF = { (byte) 0xEB, (byte) 0xFE };

	private EndlessKernel() {
	}

	static byte[] image() {
		ByteBuffer image = ByteBuffer.allocate(HEADER_SIZE + JUMP_TO_SELF.length).order(ByteOrder.LITTLE_ENDIAN);
		image.putInt(MAGIC);
		image.putInt(FLAG_ADDRESSES);
		image.putInt(-(MAGIC + FLAG_ADDRESSES));
		image.putInt(LOAD_ADDRESS); // header_addr: the header is the first thing loaded
		image.putInt(LOAD_ADDRESS); // load_addr
		image.putInt(0); // load_end_addr: 0 loads the whole file
		image.putInt(0); // bss_end_addr: no bss
		image.putInt(LOAD_ADDRESS + HEADER_SIZE); // entry_addr: the jump right after the header
		image.put(JUMP_TO_SELF);
		return image.array();
	}
}
