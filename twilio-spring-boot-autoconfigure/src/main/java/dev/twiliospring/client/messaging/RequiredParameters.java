package dev.twiliospring.client.messaging;

import java.util.ArrayList;
import java.util.List;

import dev.twiliospring.client.TwilioParameters;

/**
 * The parameters a request cannot be built without, each with the builder method that
 * sets it, so that a build can name every one that is missing at once.
 */
final class RequiredParameters {

	private final String[] names;

	private final String[] methods;

	private RequiredParameters(String[] names, String[] methods) {
		this.names = names;
		this.methods = methods;
	}

	/**
	 * Return the required parameters, in the order a refusal names them.
	 * @param namesAndMethods pairs of a parameter's name, as Twilio spells it, and the
	 * builder method that sets it
	 */
	static RequiredParameters of(String... namesAndMethods) {
		int count = namesAndMethods.length / 2;
		String[] names = new String[count];
		String[] methods = new String[count];
		for (int i = 0; i < count; i++) {
			names[i] = namesAndMethods[2 * i];
			methods[i] = namesAndMethods[2 * i + 1] + "(...)";
		}
		return new RequiredParameters(names, methods);
	}

	/**
	 * Build the parameters if none of the required ones is missing.
	 * @param parameters the parameters set so far
	 * @param needs how a refusal starts, such as {@code "A US A2P campaign needs "}
	 * @throws IllegalArgumentException naming the builder methods of every missing
	 * parameter
	 */
	TwilioParameters build(TwilioParameters.Builder parameters, String needs) {
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < this.names.length; i++) {
			if (!parameters.contains(this.names[i])) {
				missing.add(this.methods[i]);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(needs + String.join(", ", missing));
		}
		return parameters.build();
	}

}
