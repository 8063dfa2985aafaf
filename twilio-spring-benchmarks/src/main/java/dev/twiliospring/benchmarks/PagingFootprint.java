package dev.twiliospring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.twilio.http.TwilioRestClient;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageListRequest;

/**
 * Auto-paging memory: streams 100,000 messages served in pages of 1,000 and samples the
 * heap that is still reachable (used heap right after a full collection) every 250
 * items and whenever the client asks for the next page, while it waits for it: a client
 * that still holds the page it has finished shows it there. The peak, minus the heap
 * before streaming, is compared with the retained size of one page held on its own.
 * <p>
 * Run: {@code java -Xmx512m -cp benchmarks.jar dev.twiliospring.benchmarks.PagingFootprint}.
 */
public final class PagingFootprint {

	private static final int TOTAL = 100_000;

	private static final int PAGE_SIZE = 1_000;

	private static final int SAMPLE_EVERY = 250;

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private PagingFootprint() {
	}

	public static void main(String[] args) throws Exception {
		try (LoopbackTwilioServer server = LoopbackTwilioServer.start(TOTAL)) {
			TwilioClient ours = TwilioClient.builder()
				.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
				.authToken(LoopbackTwilioServer.AUTH_TOKEN)
				.baseUrl(server.baseUrl())
				.build();
			TwilioRestClient twilioJava = TwilioJavaLoopback.client(server.baseUrl());
			MessageListRequest request = MessageListRequest.builder().pageSize(PAGE_SIZE).build();
			report(server, "ours", () -> ours.messages().list(request),
					() -> ours.messages().stream(request).iterator());
			report(server, "twilioJava",
					() -> com.twilio.rest.api.v2010.account.Message.reader()
						.setPageSize((long) PAGE_SIZE)
						.firstPage(twilioJava),
					() -> com.twilio.rest.api.v2010.account.Message.reader()
						.setPageSize((long) PAGE_SIZE)
						.read(twilioJava)
						.iterator());
		}
	}

	private static void report(LoopbackTwilioServer server, String contender, Supplier<Object> onePage,
			Supplier<Iterator<?>> all) {
		// A first page loads classes and fills caches that are no part of a page's size
		onePage.get();
		long baseline = retainedHeap();
		Object page = onePage.get();
		long pageSize = retainedHeap() - baseline;
		if (page instanceof Page<?> ours && ours.items().size() != PAGE_SIZE) {
			throw new IllegalStateException("Expected a page of " + PAGE_SIZE + " messages");
		}
		page = null;
		long streamBaseline = retainedHeap();
		AtomicLong peakDuringFetch = new AtomicLong();
		server.onPageRequest(() -> peakDuringFetch.accumulateAndGet(retainedHeap() - streamBaseline, Math::max));
		long peak = 0;
		int count = 0;
		Iterator<?> items = all.get();
		while (items.hasNext()) {
			Object item = items.next();
			if (item == null) {
				throw new IllegalStateException("Null item");
			}
			count++;
			if (count % SAMPLE_EVERY == 0) {
				peak = Math.max(peak, retainedHeap() - streamBaseline);
			}
		}
		server.onPageRequest(null);
		peak = Math.max(peak, peakDuringFetch.get());
		if (count != TOTAL) {
			throw new IllegalStateException(contender + " streamed " + count + " messages, expected " + TOTAL);
		}
		System.out.printf(Locale.ROOT,
				"PAGING %s items=%d pageSize=%d onePageKiB=%d peakRetainedKiB=%d peakInPages=%.2f%n", contender,
				count, PAGE_SIZE, pageSize / 1024, peak / 1024, (double) peak / pageSize);
	}

	private static long retainedHeap() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

}
