package dev.twiliospring.client;

import org.jspecify.annotations.Nullable;

/**
 * Base class of the filters and page size of a typed list, such as
 * {@code MessageListRequest}: holds the query parameters, named as Twilio names them.
 *
 * @since 1.0.0
 */
public abstract class AbstractListRequest {

	private final TwilioParameters parameters;

	/**
	 * Create a request with the given query parameters.
	 * @param parameters the query parameters
	 */
	protected AbstractListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + this.parameters.asMap().keySet();
	}

	/**
	 * Base class of the builder of a list request.
	 *
	 * @param <B> the type of the builder itself
	 * @param <R> the type of the request it builds
	 */
	public abstract static class Builder<B extends Builder<B, R>, R extends AbstractListRequest> {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		/**
		 * Create a builder without parameters.
		 */
		protected Builder() {
		}

		/**
		 * Set the number of items per page.
		 * @param pageSize the page size, between 1 and 1000 (Twilio's default is 50)
		 * @return this builder
		 */
		public B pageSize(int pageSize) {
			return set("PageSize", Page.checkPageSize(pageSize));
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public R build() {
			return build(this.parameters.build());
		}

		/**
		 * Create the request from the parameters set so far.
		 * @param parameters the query parameters
		 * @return the request
		 */
		protected abstract R build(TwilioParameters parameters);

		/**
		 * Set a query parameter, replacing its value.
		 * @param name the parameter name as Twilio spells it, such as {@code DateSent>}
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		protected final B set(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return self();
		}

		/**
		 * Add a value to a repeatable query parameter.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; a collection or array adds one value per element
		 * @return this builder
		 */
		protected final B add(String name, @Nullable Object value) {
			this.parameters.add(name, value);
			return self();
		}

		@SuppressWarnings("unchecked")
		private B self() {
			return (B) this;
		}

	}

}
