/**
 * Workbook settings: Excel.SettingCollection and Setting
 * (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection,
 * https://learn.microsoft.com/javascript/api/excel/excel.setting). A value is stored as its JSON,
 * so it reads back as a copy (a Date comes back as its ISO string). onSettingsChanged fires only
 * for settings someone else saved (Workbook.receiveSettings: a co-author, or a file the page
 * opened), with the settings as seen from a new context — never for this session's own changes:
 * Microsoft documents the event as firing only when co-authoring in Excel on the web
 * (https://learn.microsoft.com/javascript/api/office/office.settingschangedeventargs).
 */
import { ClientCollection, ClientObject, type ClientResult, type Readers } from "./clientObject";
import { itemNotFound } from "./errors";
import { RequestContext } from "./requestContext";
import type { Workbook } from "./workbook";

export interface SettingsChangedEventArgs {
  settings: SettingCollection;
  type: "SettingsChanged";
}

/** OfficeExtension.EventHandlers: handlers are called after the sync that caused the event. */
class SettingsChangedHandlers {
  constructor(private readonly context: RequestContext) {}

  add(handler: (args: SettingsChangedEventArgs) => Promise<unknown> | void): { remove(): void } {
    const stop = this.context._model.onChange((change) => {
      if (!change.settingsByOthers) return;
      const settings = new RequestContext(this.context._host).workbook.settings;
      queueMicrotask(() => void handler({ settings, type: "SettingsChanged" }));
    });
    return { remove: stop };
  }
}

export class SettingCollection extends ClientCollection<Workbook, string, Setting> {
  protected readonly _typeName = "SettingCollection";
  private _onSettingsChanged: SettingsChangedHandlers | undefined;

  protected _list(model: Workbook): string[] {
    return [...model.settings.keys()];
  }

  protected _item(key: string): Setting {
    return new Setting(this.context, this._derive((model) => (model.settings.has(key) ? key : null)));
  }

  get onSettingsChanged(): SettingsChangedHandlers {
    return (this._onSettingsChanged ??= new SettingsChangedHandlers(this.context));
  }

  /** Sets or adds the setting. */
  add(key: string, value: unknown): Setting {
    this._queue("add", [key, value], (model) => model.setSetting(key, value));
    return this._item(key);
  }

  getItem(key: string): Setting {
    return new Setting(
      this.context,
      this._derive((model) => {
        if (!model.settings.has(key)) throw itemNotFound(`no setting ${JSON.stringify(key)}`);
        return key;
      }),
    )._instantiate(this._typeName, "getItem", [key]);
  }

  getItemOrNullObject(key: string): Setting {
    return this._item(key)._instantiate(this._typeName, "getItemOrNullObject", [key]);
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (model) => model.settings.size);
  }
}

export class Setting extends ClientObject<string> {
  protected readonly _typeName = "Setting";

  protected override _readers(): Readers<string> {
    return {
      key: (key) => key,
      value: (key) => JSON.parse(this.context._model.settings.get(key)!),
    };
  }

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }
  set value(value: unknown) {
    this._set("value", value, (key) => this.context._model.setSetting(key, value));
  }

  delete(): void {
    this._queue("delete", [], (key) => this.context._model.deleteSetting(key));
  }
}
