package dev.twiliospring.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.sun.management.GcInfo;

import com.twilio.http.TwilioRestClient;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageListRequest;

/**
 * Auto-paging memory: streams 100,000 messages served in pages of 1,000 by a loopback
 * server in another process and samples the heap that is still reachable (used heap
 * right after a full collection) from a thread of its own, one sample after another for
 * as long as the stream runs, so that samples fall while the client reads a page as
 * well as between pages. The peak, minus the heap before streaming, is compared with
 * the retained size of one page held on its own.
 * <p>
 * Run: {@code java -Xmx512m -cp benchmarks.jar dev.twiliospring.benchmarks.PagingFootprint}.
 */
public final class PagingFootprint {

	private static final int TOTAL = 100_000;

	private static final int PAGE_SIZE = 1_000;

	private static final com.sun.management.GarbageCollectorMXBean FULL_COLLECTOR = fullCollector();

	private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private PagingFootprint() {
	}

	public static void main(String[] args) throws Exception {
		// The server runs in a process of its own: it builds each page's answer in memory,
		// and in this process that would count as the client's
		Process server = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), LoopbackTwilioServer.class.getName(), Integer.toString(TOTAL))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try {
			String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
			if (line == null) {
				throw new IllegalStateException("The loopback server did not start");
			}
			measureBoth(URI.create(line.trim()), TOTAL).forEach((contender, measurement) -> System.out.printf(
					Locale.ROOT, "PAGING %s items=%d pageSize=%d onePageKiB=%d peakRetainedKiB=%d peakInPages=%.2f%n",
					contender, measurement.items(), PAGE_SIZE, measurement.onePage() / 1024,
					measurement.peak() / 1024, (double) measurement.peak() / measurement.onePage()));
		}
		finally {
			server.getOutputStream().close();
			if (!server.waitFor(10, TimeUnit.SECONDS)) {
				server.destroy();
			}
		}
	}

	/**
	 * Measure this library and twilio-java paging through the messages of a server.
	 * @param baseUrl the server's base URL
	 * @param total how many messages the server lists
	 * @return the measurement of each contender, by name
	 * @throws InterruptedException if interrupted while a sampler stops
	 */
	static Map<String, Measurement> measureBoth(URI baseUrl, int total) throws InterruptedException {
		TwilioClient ours = TwilioClient.builder()
			.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
			.authToken(LoopbackTwilioServer.AUTH_TOKEN)
			.baseUrl(baseUrl)
			.build();
		TwilioRestClient twilioJava = TwilioJavaLoopback.client(baseUrl);
		MessageListRequest request = MessageListRequest.builder().pageSize(PAGE_SIZE).build();
		Map<String, Measurement> measurements = new LinkedHashMap<>();
		measurements.put("ours",
				measure(() -> ours.messages().list(request), () -> ours.messages().stream(request).iterator()));
		measurements.put("twilioJava",
				measure(() -> com.twilio.rest.api.v2010.account.Message.reader()
					.setPageSize((long) PAGE_SIZE)
					.firstPage(twilioJava),
						() -> com.twilio.rest.api.v2010.account.Message.reader()
							.setPageSize((long) PAGE_SIZE)
							.read(twilioJava)
							.iterator()));
		measurements.forEach((contender, measurement) -> {
			if (measurement.items() != total) {
				throw new IllegalStateException(
						contender + " streamed " + measurement.items() + " messages, expected " + total);
			}
		});
		return measurements;
	}

	/**
	 * Measure the retained size of one page and the peak retained heap while all items
	 * are streamed. A client holds the most while it reads a page: the body, whatever it
	 * parses the body into, and the items built so far. Samples taken by the streaming
	 * thread between items never see that moment, so a sampler thread takes one after
	 * another while the stream runs, and the streaming thread takes none: with its own
	 * collections it would spend its time sampling rather than reading, and the
	 * sampler's collections would fall between items too. The server the contender pages
	 * through must run in another process, or what it allocates for its answers counts
	 * as the contender's.
	 * @param onePage fetches one page and returns it
	 * @param all starts streaming all items
	 * @return the measurement
	 * @throws InterruptedException if interrupted while the sampler stops
	 */
	static Measurement measure(Supplier<Object> onePage, Supplier<Iterator<?>> all) throws InterruptedException {
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
		AtomicLong peak = new AtomicLong();
		AtomicBoolean streaming = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (streaming.get()) {
				peak.accumulateAndGet(retainedHeap() - streamBaseline, Math::max);
			}
		}, "paging-footprint-sampler");
		sampler.setDaemon(true);
		int count = 0;
		// Started first: twilio-java's reader fetches the first page before it returns
		sampler.start();
		try {
			Iterator<?> items = all.get();
			while (items.hasNext()) {
				Object item = items.next();
				if (item == null) {
					throw new IllegalStateException("Null item");
				}
				count++;
			}
		}
		finally {
			streaming.set(false);
			sampler.join();
		}
		return new Measurement(count, pageSize, peak.get());
	}

	/**
	 * Return the heap still reachable: what the last of two full collections left in
	 * use, as that collection reports it. Reading the heap's use after the collection
	 * instead would also count what the streaming thread allocated since, most of it
	 * garbage already.
	 */
	private static long retainedHeap() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		GcInfo last = FULL_COLLECTOR.getLastGcInfo();
		if (last == null) {
			throw new IllegalStateException(FULL_COLLECTOR.getName() + " has not collected yet");
		}
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : last.getMemoryUsageAfterGc().entrySet()) {
			if (HEAP_POOLS.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		return used;
	}

	/**
	 * Return the collector that {@link System#gc()} runs: the one that collects the old
	 * generation.
	 */
	private static com.sun.management.GarbageCollectorMXBean fullCollector() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof com.sun.management.GarbageCollectorMXBean full
					&& Arrays.stream(collector.getMemoryPoolNames()).anyMatch(PagingFootprint::isOldPool)
					&& !collector.getName().contains("Young") && !collector.getName().contains("Concurrent")) {
				return full;
			}
		}
		throw new IllegalStateException("No collector of the old generation found");
	}

	private static boolean isOldPool(String name) {
		return name.contains("Old") || name.contains("Tenured");
	}

	/**
	 * What {@link #measure} found.
	 *
	 * @param items how many items were streamed
	 * @param onePage the retained size of one page held on its own, in bytes
	 * @param peak the peak retained heap while streaming, above the heap before, in
	 * bytes
	 */
	record Measurement(int items, long onePage, long peak) {

	}

}
