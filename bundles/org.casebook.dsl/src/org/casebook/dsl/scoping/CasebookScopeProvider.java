// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.scoping;

/**
 * Scope provider of the Casebook language; names are resolved by
 * {@link CasebookImportedNamespaceAwareLocalScopeProvider}, to which it delegates.
 */
public class CasebookScopeProvider extends AbstractCasebookScopeProvider {
}
