package dev.twiliospring.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ServerSocketFactory;

import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP/1.1 server that answers each request with the next scripted answer,
 * written byte for byte, so that tests control exactly what goes over the wire:
 * chunked bodies, missing lengths, interim answers, closed connections.
 */
final class ScriptedHttpServer implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final Semaphore unaskedSent = new Semaphore(0);

	private volatile boolean closed;

	ScriptedHttpServer() throws IOException {
		this(ServerSocketFactory.getDefault());
	}

	ScriptedHttpServer(ServerSocketFactory factory) throws IOException {
		this.serverSocket = factory.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "scripted-http-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.serverSocket.getLocalPort();
	}

	/**
	 * Answer the next request with these bytes.
	 * @param response the whole response, status line to body
	 * @param thenClose whether to close the connection after writing it
	 */
	void answer(String response, boolean thenClose) {
		this.answers.add(new Answer(response.getBytes(StandardCharsets.ISO_8859_1), thenClose, false, null));
	}

	/**
	 * Answer the next request with these bytes, then a moment later send more that
	 * answer no request and close the connection, as a server that ends an idle
	 * connection with a 408 does.
	 * @param response the whole response, status line to body
	 * @param unasked the bytes sent afterwards
	 */
	void answerThenUnasked(String response, String unasked) {
		this.answers.add(new Answer(response.getBytes(StandardCharsets.ISO_8859_1), true, false,
				unasked.getBytes(StandardCharsets.ISO_8859_1)));
	}

	/**
	 * Wait until the bytes of {@link #answerThenUnasked} have been sent.
	 */
	void awaitUnasked() throws InterruptedException {
		if (!this.unaskedSent.tryAcquire(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The unasked bytes were not sent");
		}
	}

	/**
	 * Read the next request and never answer it.
	 */
	void answerNever() {
		this.answers.add(new Answer(new byte[0], false, true, null));
	}

	Received take() throws InterruptedException {
		Received request = this.received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
		if (request == null) {
			throw new IllegalStateException("No request arrived");
		}
		return request;
	}

	int connections() {
		return this.connections.get();
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket socket = this.serverSocket.accept();
				this.connections.incrementAndGet();
				Thread thread = new Thread(() -> serve(socket), "scripted-http");
				thread.setDaemon(true);
				thread.start();
			}
			catch (IOException ex) {
				// Closed
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			while (true) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				List<String> lines = List.of(head.split("\r\n"));
				int length = 0;
				for (String line : lines) {
					if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				byte[] body = in.readNBytes(length);
				this.received.add(new Received(lines.get(0), lines.subList(1, lines.size()),
						new String(body, StandardCharsets.UTF_8)));
				Answer answer = this.answers.take();
				if (answer.never()) {
					Thread.sleep(60_000);
					return;
				}
				out.write(answer.bytes());
				out.flush();
				if (answer.unasked() != null) {
					Thread.sleep(100);
					out.write(answer.unasked());
					out.flush();
					this.unaskedSent.release();
				}
				if (answer.thenClose()) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// The client went away
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			head.write(b);
			matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		String text = head.toString(StandardCharsets.ISO_8859_1);
		return text.substring(0, text.length() - 4);
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.serverSocket.close();
	}

	record Answer(byte[] bytes, boolean thenClose, boolean never, byte @Nullable [] unasked) {

	}

	/**
	 * A request as it arrived.
	 *
	 * @param requestLine the request line
	 * @param headerLines the header lines, as sent
	 * @param body the body
	 */
	record Received(String requestLine, List<String> headerLines, String body) {

		List<String> header(String name) {
			List<String> values = new ArrayList<>();
			for (String line : this.headerLines) {
				int colon = line.indexOf(':');
				if (line.substring(0, colon).equalsIgnoreCase(name)) {
					values.add(line.substring(colon + 1).trim());
				}
			}
			return values;
		}

	}

}
