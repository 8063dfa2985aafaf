package dev.twiliospring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.twilio.security.RequestValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.twiliospring.webhook.TwilioSignatureValidator;

/**
 * Signature validation of a valid request: this library's
 * {@link TwilioSignatureValidator}, twilio-java's {@link RequestValidator}, and the floor
 * that no validator can beat, the bare cryptography over prebuilt bytes with a
 * {@link Mac} initialised once per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SignatureBenchmark {

	/**
	 * The kind of request.
	 */
	public enum Request {

		/** A form webhook with 12 parameters. */
		FORM_12_PARAMS,

		/** A JSON body whose hash is signed as the {@code bodySHA256} parameter. */
		JSON_BODY_SHA256

	}

	private static final HexFormat HEX = HexFormat.of();

	@Param({ "FORM_12_PARAMS", "JSON_BODY_SHA256" })
	public Request request = Request.FORM_12_PARAMS;

	private final TwilioSignatureValidator ours = TwilioSignatureValidator.of(SignedRequests.AUTH_TOKEN);

	private final RequestValidator twilioJava = new RequestValidator(SignedRequests.AUTH_TOKEN);

	private final Map<String, List<String>> multiValued = SignedRequests.formParametersMultiValued();

	private byte[] body = SignedRequests.JSON_BODY;

	private String jsonBody = new String(SignedRequests.JSON_BODY, StandardCharsets.UTF_8);

	private Mac mac;

	private MessageDigest sha256;

	private String url;

	private byte[] signedData;

	private String signature;

	private byte[] signatureBytes;

	private byte[] bodyHash;

	/**
	 * Sign the request and check that every contender accepts it.
	 * @throws Exception if a contender cannot be set up
	 */
	@Setup
	public void setUp() throws Exception {
		this.mac = Mac.getInstance("HmacSHA1");
		this.mac.init(new SecretKeySpec(SignedRequests.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		this.sha256 = MessageDigest.getInstance("SHA-256");
		boolean form = this.request == Request.FORM_12_PARAMS;
		this.url = form ? SignedRequests.FORM_URL : SignedRequests.JSON_URL;
		this.signedData = form ? SignedRequests.formSignedData() : this.url.getBytes(StandardCharsets.UTF_8);
		this.signature = form
				? TwilioSignatureValidator.computeSignature(SignedRequests.AUTH_TOKEN, this.url, this.multiValued)
				: TwilioSignatureValidator.computeSignature(SignedRequests.AUTH_TOKEN, this.url);
		this.signatureBytes = this.signature.getBytes(StandardCharsets.US_ASCII);
		this.bodyHash = TwilioSignatureValidator.sha256Hex(SignedRequests.JSON_BODY)
			.getBytes(StandardCharsets.US_ASCII);
		if (!ours() || !twilioJava() || !floor()) {
			throw new IllegalStateException("A contender rejects the valid request " + this.request);
		}
	}

	/**
	 * Hand the contenders another JSON body than the one that was signed, so that a test
	 * can check that each of them hashes the body it gets.
	 * @param body the body as received
	 */
	void receiveBody(byte[] body) {
		this.body = body;
		this.jsonBody = new String(body, StandardCharsets.UTF_8);
	}

	@Benchmark
	public boolean ours() {
		return (this.request == Request.FORM_12_PARAMS)
				? this.ours.validate(this.url, this.multiValued, this.signature).isValid()
				: this.ours.validateBody(this.url, this.body, this.signature).isValid();
	}

	@Benchmark
	public boolean twilioJava() throws Exception {
		return (this.request == Request.FORM_12_PARAMS)
				? this.twilioJava.validate(this.url, SignedRequests.FORM_PARAMETERS, this.signature)
				: this.twilioJava.validate(this.url, this.jsonBody, this.signature);
	}

	@Benchmark
	public boolean floor() throws GeneralSecurityException {
		byte[] computed = Base64.getEncoder().encode(this.mac.doFinal(this.signedData));
		boolean valid = MessageDigest.isEqual(computed, this.signatureBytes);
		if (this.request == Request.JSON_BODY_SHA256) {
			byte[] hash = HEX.formatHex(this.sha256.digest(this.body))
				.getBytes(StandardCharsets.US_ASCII);
			valid &= MessageDigest.isEqual(hash, this.bodyHash);
		}
		return valid;
	}

}
