// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.log4j.Logger;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** What Xtext and EMF log through log4j 1.x reaches the workspace log from warnings up, and nothing below. */
class Log4jBridgeTest {

	@Test
	void warningsReachTheWorkspaceLogAndDebugMessagesDoNot() {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			String sentinel = UUID.randomUUID().toString();
			Logger logger = Logger.getLogger("org.casebook.ui.tests.journal");
			logger.debug("débogage " + sentinel);
			logger.info("information " + sentinel);
			logger.warn("avertissement " + sentinel);
			assertThat(logged).filteredOn(s -> s.getMessage().contains(sentinel)).singleElement().satisfies(s -> {
				assertThat(s.getSeverity()).isEqualTo(IStatus.WARNING);
				assertThat(s.getMessage()).contains("avertissement").contains("org.casebook.ui.tests.journal");
			});
			assertThat(Logger.getRootLogger().getAllAppenders().hasMoreElements()).as("log4j a un destinataire").isTrue();
		} finally {
			Platform.removeLogListener(listener);
		}
	}
}
