// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide;

/** Binds the editor-independent IDE services (content assist, highlighting) of the Casebook language. */
public class CasebookIdeModule extends AbstractCasebookIdeModule {
}
