// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Writes the warnings and errors that Xtext and EMF log through log4j 1.x into the workspace log, where the Error Log
 * view shows them; the rest is dropped. Without it, log4j printed « No appenders could be found » on the terminal of
 * every start and the language's own errors were lost.
 */
final class Log4jBridge extends AppenderSkeleton {

	private Log4jBridge() {
		setThreshold(Level.WARN);
	}

	/** Installs the bridge on log4j's root logger, unless log4j has been given appenders of its own. */
	static void install() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.WARN);
			root.addAppender(new Log4jBridge());
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		ThrowableInformation thrown = event.getThrowableInformation();
		String message = event.getRenderedMessage();
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		ILog.of(Log4jBridge.class).log(new Status(severity, CasebookUi.PLUGIN_ID,
				event.getLoggerName() + (message == null ? "" : " : " + message), thrown == null ? null : thrown.getThrowable()));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// nothing held
	}
}
