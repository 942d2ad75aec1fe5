// SPDX-License-Identifier: EPL-2.0
package org.casebook.logging;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Gives log4j-api a provider in OSGi: its own simple logger (errors only, on the standard error). Apache POI (DOCX, XLSX)
 * logs through log4j-api and Casebook ships no log4j implementation; without a provider, the activator of log4j-api keeps
 * log4j's start-up lock for ever, and the first POI logger created by another thread (a DOCX generation in the Studio)
 * waits for ever. log4j-api's activator looks for provider services when a bundle has started: this bundle, started at
 * level 2 on the framework's start-level thread, registers the service, and its start releases the lock.
 */
public final class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put("APIVersion", "2.6.0");
		context.registerService(Provider.class, new Provider(1, "2.6.0", SimpleLoggerContextFactory.class), properties);
	}

	@Override
	public void stop(BundleContext context) {
		// the service goes away with the bundle
	}
}
