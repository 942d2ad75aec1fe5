// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The standard menus of the Casebook applications: Fichier, Édition, Fenêtre and Aide with the workbench's own commands and
 * their usual keys (Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+W, Ctrl+Q, Ctrl+Z, Ctrl+Y, Ctrl+X/C/V, Ctrl+F...). The Viewer, read-only,
 * gets the subset that changes nothing: open, close, quit, copy, select all, find, views, preferences, about.
 */
public final class CasebookActionBarAdvisor extends ActionBarAdvisor {

	/** The command that opens a scenario file (Studio) or a student package (Viewer). */
	public static final String OPEN_FILE = CasebookUi.PLUGIN_ID + ".openFile";

	private final boolean readOnly;

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IWorkbenchAction newWizard;
	private IWorkbenchAction properties;
	private IWorkbenchAction refresh;
	private IContributionItem newShortlist;
	private IContributionItem views;

	/**
	 * @param configurer the window's action bars
	 * @param readOnly whether the application only shows scenarios (the Viewer)
	 */
	public CasebookActionBarAdvisor(IActionBarConfigurer configurer, boolean readOnly) {
		super(configurer);
		this.readOnly = readOnly;
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		close = add(ActionFactory.CLOSE.create(window));
		closeAll = add(ActionFactory.CLOSE_ALL.create(window));
		quit = add(ActionFactory.QUIT.create(window));
		copy = add(ActionFactory.COPY.create(window));
		selectAll = add(ActionFactory.SELECT_ALL.create(window));
		find = add(ActionFactory.FIND.create(window));
		preferences = add(ActionFactory.PREFERENCES.create(window));
		resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = add(ActionFactory.ABOUT.create(window));
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		if (!readOnly) {
			newWizard = add(ActionFactory.NEW.create(window));
			newShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
			save = add(ActionFactory.SAVE.create(window));
			saveAs = add(ActionFactory.SAVE_AS.create(window));
			saveAll = add(ActionFactory.SAVE_ALL.create(window));
			revert = add(ActionFactory.REVERT.create(window));
			undo = add(ActionFactory.UNDO.create(window));
			redo = add(ActionFactory.REDO.create(window));
			cut = add(ActionFactory.CUT.create(window));
			paste = add(ActionFactory.PASTE.create(window));
			delete = add(ActionFactory.DELETE.create(window));
			properties = add(ActionFactory.PROPERTIES.create(window));
			refresh = add(ActionFactory.REFRESH.create(window));
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		if (!readOnly) {
			MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
			newMenu.add(newShortlist);
			file.add(newMenu);
		}
		file.add(command(window, OPEN_FILE, readOnly ? Messages.Menu_openPackage : Messages.Menu_openFile));
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		if (!readOnly) {
			file.add(new Separator());
			file.add(save);
			file.add(saveAs);
			file.add(saveAll);
			file.add(revert);
			file.add(new Separator());
			file.add(refresh);
			file.add(properties);
		}
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		menuBar.add(file);

		// the groups are those the text editors contribute to (find.ext, add.ext...)
		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		if (!readOnly) {
			edit.add(undo);
			edit.add(redo);
		}
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		if (!readOnly) {
			edit.add(cut);
		}
		edit.add(copy);
		if (!readOnly) {
			edit.add(paste);
		}
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		if (!readOnly) {
			edit.add(delete);
		}
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator());
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(edit);

		// the Casebook and Consultation menus of plugin.xml come here
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView");
		showView.add(views);
		windowMenu.add(showView);
		windowMenu.add(resetPerspective);
		windowMenu.add(new Separator());
		windowMenu.add(preferences);
		menuBar.add(windowMenu);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);
		menuBar.add(help);
	}

	/** Registers an action, so that its key binding works even where no menu shows it. */
	private IWorkbenchAction add(IWorkbenchAction action) {
		register(action);
		return action;
	}

	private static IContributionItem command(IWorkbenchWindow window, String id, String label) {
		CommandContributionItemParameter p = new CommandContributionItemParameter(window, id, id, CommandContributionItem.STYLE_PUSH);
		p.label = label;
		return new CommandContributionItem(p);
	}
}
