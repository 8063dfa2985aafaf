package dev.twiliospring.client;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioPages}: auto-paging holds one page at a time, also while the
 * next page is being fetched.
 */
class TwilioPagesRetentionTests {

	private static final String FIRST_PAGE = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	@Test
	void previousPageIsNotRetainedWhileTheNextPageIsFetched() {
		TwilioRequest first = TwilioRequest.get(TwilioDomain.API, FIRST_PAGE).queryParam("PageSize", 100).build();
		List<WeakReference<Object>> firstPageItems = new ArrayList<>();
		AtomicBoolean firstPageCollected = new AtomicBoolean();
		AtomicInteger fetches = new AtomicInteger();
		Stream<Object> stream = TwilioPages.stream(first, (request) -> {
			int number = fetches.getAndIncrement();
			if (number == 1) {
				firstPageCollected.set(collected(firstPageItems));
			}
			List<Object> items = IntStream.range(0, 100).mapToObj((i) -> (Object) new byte[1024]).toList();
			if (number == 0) {
				items.forEach((item) -> firstPageItems.add(new WeakReference<>(item)));
			}
			String next = (number == 0) ? "/2010-04-01/Accounts/AC1/Messages.json?PageSize=100&Page=1" : null;
			return new Page<>(items, number, 100, null, null, null, next);
		});
		Iterator<Object> iterator = stream.iterator();
		int count = 0;
		while (iterator.hasNext()) {
			iterator.next();
			count++;
		}
		assertThat(count).isEqualTo(200);
		assertThat(fetches).hasValue(2);
		// The iterator hands on the last item of a page; the other 99 must be unreachable
		assertThat(firstPageCollected).isTrue();
	}

	private static boolean collected(List<WeakReference<Object>> references) {
		for (int attempt = 0; attempt < 10; attempt++) {
			System.gc();
			if (references.subList(0, references.size() - 1).stream().allMatch((reference) -> reference.get() == null)) {
				return true;
			}
		}
		return false;
	}

}
