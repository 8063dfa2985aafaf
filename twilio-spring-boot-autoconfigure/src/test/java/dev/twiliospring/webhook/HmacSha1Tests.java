package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HmacSha1}.
 */
class HmacSha1Tests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void computesTheHmacOfRfc2202TestCases() {
		// Test cases 1, 2 and 6 of RFC 2202, the last with a key longer than a block
		assertThat(HEX.formatHex(HmacSha1.create(HEX.parseHex("0b".repeat(20)))
			.sign(null, "Hi There".getBytes(StandardCharsets.US_ASCII), 0, 8)))
			.isEqualTo("b617318655057264e28bc0b6fb378c8ef146be00");
		byte[] question = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
		assertThat(HEX.formatHex(
				HmacSha1.create("Jefe".getBytes(StandardCharsets.US_ASCII)).sign(null, question, 0, question.length)))
			.isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
		byte[] large = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
		assertThat(HEX.formatHex(HmacSha1.create(HEX.parseHex("aa".repeat(80))).sign(null, large, 0, large.length)))
			.isEqualTo("aa4ae5e15272d00e95705637ce8a3b55ed402112");
	}

	@Test
	void agreesWithMacForKeysAndMessagesOfEveryLength() throws Exception {
		Random random = new Random(2104);
		for (int keyLength = 1; keyLength <= 140; keyLength += 3) {
			byte[] key = new byte[keyLength];
			random.nextBytes(key);
			HmacSha1 hmac = HmacSha1.create(key);
			HmacSha1 fallback = HmacSha1.usingMac(key);
			for (int messageLength = 0; messageLength <= 300; messageLength += 37) {
				byte[] message = new byte[messageLength + 10];
				random.nextBytes(message);
				byte[] expected = mac(key, message, 5, messageLength);
				assertThat(hmac.sign(null, message, 5, messageLength)).isEqualTo(expected);
				assertThat(fallback.sign(null, message, 5, messageLength)).isEqualTo(expected);
			}
		}
	}

	@Test
	void signsPrefixFollowedByData() throws Exception {
		byte[] key = "12345".getBytes(StandardCharsets.UTF_8);
		byte[] prefix = "https://example.com:443/sms".getBytes(StandardCharsets.UTF_8);
		byte[] data = "xxBodyhiyy".getBytes(StandardCharsets.UTF_8);
		byte[] expected = mac(key, "https://example.com:443/smsBodyhi".getBytes(StandardCharsets.UTF_8), 0, 33);
		assertThat(HmacSha1.create(key).sign(prefix, data, 2, 6)).isEqualTo(expected);
		assertThat(HmacSha1.usingMac(key).sign(prefix, data, 2, 6)).isEqualTo(expected);
	}

	@Test
	void startsEveryMessageFromTheKeyAlone() throws Exception {
		byte[] key = "12345".getBytes(StandardCharsets.UTF_8);
		HmacSha1 hmac = HmacSha1.create(key);
		byte[] first = "first message".getBytes(StandardCharsets.UTF_8);
		byte[] second = "second".getBytes(StandardCharsets.UTF_8);
		hmac.sign(null, first, 0, first.length);
		assertThat(hmac.sign(null, second, 0, second.length)).isEqualTo(mac(key, second, 0, second.length));
		assertThat(hmac.sign(null, first, 0, first.length)).isEqualTo(mac(key, first, 0, first.length));
	}

	@Test
	void reusesTheFirstBlockOnlyWhenEveryByteOfItIsTheSame() throws Exception {
		byte[] key = "12345".getBytes(StandardCharsets.UTF_8);
		HmacSha1 hmac = HmacSha1.create(key);
		String start = "https://owl-bank.example.com/twilio/smsAccountSidAC0123456789abcdef0123456789abcdef";
		List<String> messages = new ArrayList<>();
		messages.add(start + "BodyHello");
		messages.add(start + "BodyHello again");
		messages.add(start + "BodyHello");
		// a different byte at each end of the first block
		messages.add("H" + start.substring(1) + "BodyHello");
		messages.add(start.substring(0, 63) + "X" + start.substring(64) + "BodyHello");
		messages.add(start + "BodyHello");
		// the first block and one byte more, and the first block alone
		messages.add(start.substring(0, 65));
		messages.add(start.substring(0, 64));
		messages.add(start.substring(0, 65));
		for (String message : messages) {
			byte[] bytes = ("..." + message + "..").getBytes(StandardCharsets.UTF_8);
			int length = bytes.length - 5;
			assertThat(hmac.sign(null, bytes, 3, length)).as(message).isEqualTo(mac(key, bytes, 3, length));
			// a prefix that replaces the URL starts from the key, not from the first block
			byte[] url = "https://owl-bank.example.com:443/twilio/sms".getBytes(StandardCharsets.UTF_8);
			byte[] prefixed = (new String(url, StandardCharsets.UTF_8) + message.substring(39))
				.getBytes(StandardCharsets.UTF_8);
			assertThat(hmac.sign(url, bytes, 3 + 39, length - 39)).as(message)
				.isEqualTo(mac(key, prefixed, 0, prefixed.length));
		}
	}

	@Test
	void aRememberedFirstBlockIsNotChangedByTheCallersArray() throws Exception {
		byte[] key = "12345".getBytes(StandardCharsets.UTF_8);
		HmacSha1 hmac = HmacSha1.create(key);
		byte[] message = new byte[200];
		Arrays.fill(message, (byte) 'a');
		hmac.sign(null, message, 0, message.length);
		message[10] = 'b';
		assertThat(hmac.sign(null, message, 0, message.length)).isEqualTo(mac(key, message, 0, message.length));
		message[10] = 'a';
		assertThat(hmac.sign(null, message, 0, message.length)).isEqualTo(mac(key, message, 0, message.length));
	}

	@Test
	void signsOnSeveralThreadsWithOneInstanceEach() throws Exception {
		List<byte[]> keys = List.of("one".getBytes(StandardCharsets.UTF_8), "two".getBytes(StandardCharsets.UTF_8));
		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				byte[] key = keys.get(t % 2);
				long seed = t;
				results.add(threads.submit(() -> {
					HmacSha1 hmac = HmacSha1.create(key);
					Random random = new Random(seed);
					start.await();
					for (int i = 0; i < 1_000; i++) {
						byte[] message = new byte[random.nextInt(400)];
						random.nextBytes(message);
						assertThat(hmac.sign(null, message, 0, message.length))
							.isEqualTo(mac(key, message, 0, message.length));
					}
					return 1_000;
				}));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(1_000);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static byte[] mac(byte[] key, byte[] data, int offset, int length) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(key, "HmacSHA1"));
		mac.update(data, offset, length);
		return mac.doFinal();
	}

}
