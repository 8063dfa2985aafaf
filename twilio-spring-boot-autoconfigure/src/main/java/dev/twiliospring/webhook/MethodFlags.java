package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A flag computed once per method and kept with the method's class, so that it goes
 * when the class goes: a static map of methods would keep the class loader of an
 * application that was restarted in the same JVM (Spring DevTools) alive.
 */
final class MethodFlags {

	private final ClassValue<Map<Method, Boolean>> flags = new ClassValue<>() {

		@Override
		protected Map<Method, Boolean> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}

	};

	/**
	 * Return the flag of a method, computing it the first time.
	 */
	boolean get(Method method, Predicate<Method> flag) {
		Map<Method, Boolean> flags = this.flags.get(method.getDeclaringClass());
		Boolean value = flags.get(method);
		if (value == null) {
			value = flag.test(method);
			flags.put(method, value);
		}
		return value;
	}

}
