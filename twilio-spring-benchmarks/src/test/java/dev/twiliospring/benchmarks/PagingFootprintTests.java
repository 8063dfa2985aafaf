package dev.twiliospring.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link PagingFootprint}: the peak it reports includes what a client holds
 * while it reads a page, not only what it holds between pages, and a client that holds
 * one page at a time is reported to hold one page.
 */
class PagingFootprintTests {

	private static final int BODY_BYTES = 16 * 1024 * 1024;

	@Test
	void peakIncludesWhatTheClientHoldsWhileItReadsAPage() throws InterruptedException {
		PagingFootprint.Measurement measurement = PagingFootprint.measure(PagingFootprintTests::page,
				() -> new ReadingIterator(3));
		assertThat(measurement.items()).isEqualTo(3 * 1_000);
		assertThat(measurement.peak()).isGreaterThanOrEqualTo(BODY_BYTES);
	}

	@Test
	void peakOfAClientThatHoldsOnePageAtATimeIsOnePage() throws InterruptedException {
		List<byte[]> caches = new ArrayList<>();
		PagingFootprint.Measurement measurement = PagingFootprint.measure(() -> {
			// The first fetch fills caches that the client keeps, which are no part of a page
			if (caches.isEmpty()) {
				caches.add(new byte[4 * 1024 * 1024]);
			}
			return largePage();
		}, () -> new HoldingIterator(3));
		assertThat(caches).hasSize(1);
		assertThat(measurement.items()).isEqualTo(3 * 1_000);
		// A thousand arrays of 8 KB each, their headers and the list that holds them; what
		// the threads of earlier test classes let go of meanwhile (a few hundred KB) is
		// within the tolerance
		assertThat(measurement.onePage()).isBetween(1_000L * 8192 * 9 / 10, 1_000L * 8192 * 5 / 4);
		assertThat((double) measurement.peak() / measurement.onePage()).isCloseTo(1.0, within(0.1));
	}

	@Test
	void bothContendersStreamEveryMessageInPagesOfTheSizeTheyAreComparedWith() throws Exception {
		try (LoopbackTwilioServer server = LoopbackTwilioServer.start(2_000)) {
			AtomicInteger pageRequests = new AtomicInteger();
			server.onPageRequest(pageRequests::incrementAndGet);
			Map<String, PagingFootprint.Measurement> measurements = PagingFootprint.measureBoth(server.baseUrl(),
					2_000);
			assertThat(measurements).containsOnlyKeys("ours", "twilioJava");
			assertThat(measurements.values()).allSatisfy((measurement) -> {
				assertThat(measurement.items()).isEqualTo(2_000);
				assertThat(measurement.onePage()).isPositive();
			});
			// For each contender: the page it is compared with, fetched twice, and the two
			// pages that it streams, all of a thousand messages
			assertThat(pageRequests).hasValue(2 * (2 + 2));
			assertThat(server.messagesListed()).isEqualTo(2 * (2 * 1_000 + 2_000));
		}
	}

	@Test
	void peakLeavesOutWhatTheClientAllocatedAndDroppedSinceTheCollection() throws InterruptedException {
		PagingFootprint.Measurement measurement = PagingFootprint.measure(PagingFootprintTests::page,
				() -> new LitteringIterator(2_000));
		assertThat(measurement.items()).isEqualTo(2_000);
		// Every item leaves a megabyte of garbage behind, in small arrays, and keeps nothing
		assertThat(measurement.peak()).isLessThan(512 * 1024);
	}

	private static List<byte[]> page() {
		return page(1024);
	}

	private static List<byte[]> largePage() {
		return page(8192);
	}

	private static List<byte[]> page(int itemSize) {
		List<byte[]> items = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			items.add(new byte[itemSize]);
		}
		return items;
	}

	/**
	 * Take some time, as a client does while it reads or parses a page; an interrupt ends
	 * the wait and stays set.
	 */
	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A client that streams pages one at a time: it lets go of a page before it fetches
	 * the next, and what it holds and how long it takes while fetching is up to
	 * {@link #fetchPage()}.
	 */
	private abstract static class PageByPageIterator implements Iterator<byte[]> {

		private int pagesLeft;

		// Volatile, so that letting go of the page before fetching the next is not optimized away
		private volatile Iterator<byte[]> items = List.<byte[]>of().iterator();

		PageByPageIterator(int pages) {
			this.pagesLeft = pages;
		}

		/**
		 * Fetch the next page, while the previous one is let go of.
		 * @return the items of the page
		 */
		abstract List<byte[]> fetchPage();

		@Override
		public boolean hasNext() {
			if (!this.items.hasNext() && this.pagesLeft > 0) {
				this.pagesLeft--;
				this.items = List.<byte[]>of().iterator();
				this.items = fetchPage().iterator();
			}
			return this.items.hasNext();
		}

		@Override
		public byte[] next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.items.next();
		}

	}

	/**
	 * A client that reads each page as a whole body into memory and takes its time to
	 * turn it into items, as a client that buffers and parses a page's JSON does.
	 */
	private static final class ReadingIterator extends PageByPageIterator {

		private byte @Nullable [] body;

		ReadingIterator(int pages) {
			super(pages);
		}

		@Override
		List<byte[]> fetchPage() {
			this.body = new byte[BODY_BYTES];
			pause(500);
			// The page is built while the body is still held, then the body is let go of
			List<byte[]> page = page();
			this.body = null;
			return page;
		}

	}

	/**
	 * A client that holds the page it streams and nothing else, and takes its time
	 * before it hands out a page's first item.
	 */
	private static final class HoldingIterator extends PageByPageIterator {

		HoldingIterator(int pages) {
			super(pages);
		}

		@Override
		List<byte[]> fetchPage() {
			List<byte[]> page = largePage();
			pause(300);
			return page;
		}

	}

	/**
	 * A client that keeps nothing but allocates a megabyte of garbage for every item, in
	 * small arrays, as fast as it can.
	 */
	private static final class LitteringIterator implements Iterator<byte[]> {

		private int itemsLeft;

		private long checksum;

		LitteringIterator(int items) {
			this.itemsLeft = items;
		}

		@Override
		public boolean hasNext() {
			return this.itemsLeft > 0;
		}

		@Override
		public byte[] next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			this.itemsLeft--;
			for (int i = 0; i < 256; i++) {
				byte[] garbage = new byte[4096];
				garbage[i] = 1;
				this.checksum += garbage[i];
			}
			return new byte[1];
		}

	}

}
