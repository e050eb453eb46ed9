/**
 * The workbook repository over an Excel host that keeps the add-in settings as a workbook does:
 * what the editor saves and restores lands in the workbook with its note and the user's name, and
 * the load state is the bootstrap's.
 */
import { defaultPolicy, type Policy } from "../../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests } from "../../../src/engine/policyStore";
import { POLICY_KEY } from "../../../src/taskpane/policy/excel/policyStorage";
import { installExcelHost, uninstallExcel } from "../../support/settingsHost";

type Modules = typeof import("../../../src/taskpane/policy/excel/workbookRepository") & typeof import("../../../src/taskpane/policy/policyBootstrap");

/** Fresh copies of the repository and the bootstrap it reads, sharing one load state that starts at "loading". */
function fresh(): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    modules = { ...require("../../../src/taskpane/policy/excel/workbookRepository"), ...require("../../../src/taskpane/policy/policyBootstrap") } as Modules;
  });
  return modules!;
}

/** The default policy with workload `workload` and sales 80 - workload. */
function workloadAt(workload: number): Policy {
  const p = defaultPolicy();
  p.dimensions[0]!.weight = workload;
  p.dimensions[1]!.weight = 80 - workload;
  return p;
}

beforeEach(() => resetPolicyStoreForTests());
afterEach(() => uninstallExcel());

it("saves with the note and the name of the user, recalculates, and lists the version first in the history", async () => {
  const h = installExcelHost();
  const { bootstrapPolicy, workbookRepository } = fresh();
  await bootstrapPolicy();
  const repository = workbookRepository(() => "Li Na");

  const saved = await repository.save(workloadAt(25), "More weight on sales");

  // Nothing was stored yet and the policy was revision 1: the save is revision 2.
  expect(saved).toEqual({ ...workloadAt(25), revision: 2 });
  expect(getPolicy()).toEqual(saved);
  expect(h.log).toContain("calculate Full");
  expect(JSON.parse(h.settings.get(POLICY_KEY) as string)).toEqual(saved);
  expect(await repository.history()).toEqual([
    { revision: 2, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), note: "More weight on sales", user: "Li Na", policy: saved },
  ]);
});

it("restores a version as a new revision, noted and named", async () => {
  installExcelHost();
  const { bootstrapPolicy, workbookRepository } = fresh();
  await bootstrapPolicy();
  const repository = workbookRepository(() => null);
  await repository.save(workloadAt(25), "");
  await repository.save(workloadAt(35), "");

  const restored = await repository.restore(2);

  // Revisions 2 and 3 were saved; revision 2's policy comes back as revision 4.
  expect(restored).toEqual({ ...workloadAt(25), revision: 4 });
  const newest = (await repository.history())[0];
  expect(newest).toMatchObject({ revision: 4, note: "Restored revision 2", user: null, policy: restored });
});

it("gives the bootstrap's load state, and tells when it changes", async () => {
  const broken = '{ "schemaVersion": 1, "name": ';
  installExcelHost({ [POLICY_KEY]: broken });
  const { bootstrapPolicy, workbookRepository } = fresh();
  const repository = workbookRepository();
  let told = 0;
  repository.subscribeLoadState(() => told++);
  expect(repository.loadState()).toEqual({ status: "loading" });

  await bootstrapPolicy();

  expect(told).toBeGreaterThan(0);
  expect(repository.loadState()).toMatchObject({ status: "rejected", rejectedJson: broken });
  expect(repository.loadState().problem).toContain("The policy file is not valid JSON");
});
