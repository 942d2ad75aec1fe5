// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.casebook.model.AccessRight;
import org.casebook.model.Application;
import org.casebook.model.Asset;
import org.casebook.model.BackupSolution;
import org.casebook.model.BusinessProcess;
import org.casebook.model.ComponentLibrary;
import org.casebook.model.ContinuitySolution;
import org.casebook.model.Contract;
import org.casebook.model.Dbms;
import org.casebook.model.DevEnvironment;
import org.casebook.model.InformationSystem;
import org.casebook.model.ItService;
import org.casebook.model.Link;
import org.casebook.model.Model;
import org.casebook.model.NetworkDevice;
import org.casebook.model.Organisation;
import org.casebook.model.SecurityZone;
import org.casebook.model.Server;
import org.casebook.model.ServiceKind;
import org.casebook.model.SharedResource;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.Tool;
import org.casebook.model.ToolCategory;
import org.casebook.model.Automation;
import org.casebook.model.FilterRule;
import org.casebook.model.ContinuityCategory;
import org.casebook.model.LifecycleState;
import org.eclipse.emf.ecore.EObject;

/** What a scenario says about one organisation, gathered from all its files for the rules of Annexe II.E. */
final class Facts {

	final Organisation organisation;
	final List<Site> sites = new ArrayList<>();
	final List<Contract> contracts = new ArrayList<>();
	final List<BusinessProcess> processes = new ArrayList<>();
	final List<SecurityZone> zones = new ArrayList<>();
	final List<NetworkDevice> devices = new ArrayList<>();
	final List<Link> links = new ArrayList<>();
	final List<Server> servers = new ArrayList<>();
	final List<ItService> services = new ArrayList<>();
	final List<Application> applications = new ArrayList<>();
	final List<Dbms> dbms = new ArrayList<>();
	final List<TerminalGroup> terminals = new ArrayList<>();
	final List<Tool> tools = new ArrayList<>();
	final List<BackupSolution> backups = new ArrayList<>();
	final List<ContinuitySolution> continuity = new ArrayList<>();
	final List<Automation> automations = new ArrayList<>();
	final List<DevEnvironment> devEnvironments = new ArrayList<>();
	final List<ComponentLibrary> libraries = new ArrayList<>();
	final List<FilterRule> filterRules = new ArrayList<>();
	final List<SharedResource> resources = new ArrayList<>();
	final List<AccessRight> accessRights = new ArrayList<>();
	final int informationSystems;
	/** Tool categories the context says have no tool ({@code aucun_outil}). */
	final Set<ToolCategory> absentTools = EnumSet.noneOf(ToolCategory.class);
	/** Continuity categories the context says have no solution ({@code aucune_continuité}). */
	final Set<ContinuityCategory> absentContinuity = EnumSet.noneOf(ContinuityCategory.class);
	/** Whether the context says nothing is automated ({@code aucune_automatisation}). */
	boolean noAutomation;
	/** Service kinds the context says have no service ({@code aucun_service}). */
	final Set<ServiceKind> absentServices = EnumSet.noneOf(ServiceKind.class);
	/** Whether the context says there is no DBMS ({@code aucun_sgbd}). */
	boolean noDbms;
	/** Whether the context says there is no backup solution ({@code aucune_sauvegarde}). */
	boolean noBackup;
	/** Whether the context says there is no component library ({@code aucune_bibliothèque}). */
	boolean noLibraries;
	/** Whether the context says no resource is subject to access rights ({@code aucune_habilitation}). */
	boolean noAccessRights;
	/** The system looked at. */
	final StateView view;
	/** Elements left out by the view (planned or target elements when the existing system is looked at). */
	final List<EObject> hidden = new ArrayList<>();

	/**
	 * @param organisation the organisation checked
	 * @param models every file of the scenario
	 * @param soleOrganisation whether it is the only organisation, so that systems without {@code pour} belong to it
	 */
	Facts(Organisation organisation, Collection<Model> models, boolean soleOrganisation) {
		this(organisation, models, soleOrganisation, StateView.EXISTANT);
	}

	/**
	 * @param organisation the organisation checked
	 * @param models every file of the scenario
	 * @param soleOrganisation whether it is the only organisation, so that systems without {@code pour} belong to it
	 * @param view the existing or the target system
	 */
	Facts(Organisation organisation, Collection<Model> models, boolean soleOrganisation, StateView view) {
		this.organisation = organisation;
		this.view = view;
		sites.addAll(organisation.getSites());
		contracts.addAll(organisation.getContracts());
		processes.addAll(organisation.getProcesses());
		int count = 0;
		for (Model model : models) {
			for (EObject element : model.getElements()) {
				if (element instanceof InformationSystem si && (si.getOrganisation() == organisation
						|| si.getOrganisation() == null && soleOrganisation)) {
					count++;
					absentTools.addAll(si.getAbsentTools());
					absentContinuity.addAll(si.getAbsentContinuity());
					noAutomation |= si.isNoAutomation();
					absentServices.addAll(si.getAbsentServices());
					noDbms |= si.isNoDbms();
					noBackup |= si.isNoBackup();
					noLibraries |= si.isNoLibraries();
					noAccessRights |= si.isNoAccessRights();
					zones.addAll(si.getZones());
					devices.addAll(si.getDevices());
					links.addAll(si.getLinks());
					servers.addAll(si.getServers());
					services.addAll(si.getServices());
					applications.addAll(si.getApplications());
					dbms.addAll(si.getDbms());
					terminals.addAll(si.getTerminals());
					tools.addAll(si.getTools());
					backups.addAll(si.getBackups());
					continuity.addAll(si.getContinuity());
					automations.addAll(si.getAutomations());
					devEnvironments.addAll(si.getDevEnvironments());
					libraries.addAll(si.getLibraries());
					filterRules.addAll(si.getFilterRules());
					resources.addAll(si.getResources());
					accessRights.addAll(si.getAccessRights());
				}
			}
		}
		informationSystems = count;
		for (List<? extends EObject> list : List.of(devices, links, servers, services, applications, dbms, terminals, tools, backups,
				continuity, automations, devEnvironments, libraries, resources)) {
			list.removeIf(e -> {
				boolean out = !view.shows(e);
				if (out) {
					hidden.add(e);
				}
				return out;
			});
		}
	}

	/**
	 * @param element an element of the information system
	 * @return whether it exists today: planned and target elements never count as operational
	 */
	static boolean existing(EObject element) {
		return StateView.effective(element) == LifecycleState.EXISTANT;
	}

	/**
	 * @param categories tool categories
	 * @return the tools having at least one of them
	 */
	List<Tool> tools(ToolCategory... categories) {
		List<Tool> found = new ArrayList<>();
		for (Tool tool : tools) {
			for (ToolCategory category : categories) {
				if (tool.getCategories().contains(category)) {
					found.add(tool);
					break;
				}
			}
		}
		return found;
	}

	/** @return every asset of the information systems */
	List<Asset> assets() {
		List<Asset> all = new ArrayList<>();
		all.addAll(devices);
		all.addAll(servers);
		all.addAll(services);
		all.addAll(applications);
		all.addAll(dbms);
		all.addAll(terminals);
		all.addAll(tools);
		all.addAll(backups);
		all.addAll(continuity);
		all.addAll(automations);
		all.addAll(devEnvironments);
		all.addAll(libraries);
		all.addAll(resources);
		return all;
	}
}
