package dev.twiliospring.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port whose listen backlog is full and that accepts nothing, so that a
 * connection attempt to it waits until the client's connect timeout.
 */
final class FullBacklogServer implements AutoCloseable {

	private final ServerSocket socket;

	private final List<Socket> fillers = new ArrayList<>();

	FullBacklogServer() throws IOException {
		this.socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		for (int i = 0; i < 4; i++) {
			Socket filler = new Socket();
			try {
				filler.connect(this.socket.getLocalSocketAddress(), 200);
			}
			catch (IOException ex) {
				// The backlog is full
			}
			this.fillers.add(filler);
		}
	}

	int port() {
		return this.socket.getLocalPort();
	}

	@Override
	public void close() throws IOException {
		for (Socket filler : this.fillers) {
			filler.close();
		}
		this.socket.close();
	}

}
