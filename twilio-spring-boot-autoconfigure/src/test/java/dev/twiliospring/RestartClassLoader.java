package dev.twiliospring;

import java.io.IOException;
import java.io.InputStream;

/**
 * Defines one class of the test sources itself, as Spring DevTools' restart class loader
 * defines an application's classes, while the starter's classes stay in the parent: for
 * tests that the starter keeps nothing that would keep a restarted application alive.
 */
public final class RestartClassLoader extends ClassLoader {

	private final String definedHere;

	/**
	 * Create a loader.
	 * @param parent the loader of the test, which also holds the starter
	 * @param definedHere the class this loader defines again, from its parent's bytes
	 */
	public RestartClassLoader(ClassLoader parent, Class<?> definedHere) {
		super(parent);
		this.definedHere = definedHere.getName();
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (!name.equals(this.definedHere)) {
			return super.loadClass(name, resolve);
		}
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			if (loaded != null) {
				return loaded;
			}
			try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
				if (in == null) {
					throw new ClassNotFoundException(name);
				}
				byte[] bytes = in.readAllBytes();
				return defineClass(name, bytes, 0, bytes.length);
			}
			catch (IOException ex) {
				throw new ClassNotFoundException(name, ex);
			}
		}
	}

}
