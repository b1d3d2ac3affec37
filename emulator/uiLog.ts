import * as z from 'zod';
import { makeEnum } from './enum';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

/** Which buttons each set shows; CLOSE (the dialog's X) is always possible. */
export const buttonsOf: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

const buttonSchema = z.enum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
const buttonSetSchema = z.enum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

const menuItemSchema = z.object({ type: z.literal('item'), caption: z.string(), functionName: z.string() });
const menuSeparatorSchema = z.object({ type: z.literal('separator') });
const subMenuSchema = z.object({
  type: z.literal('submenu'),
  caption: z.string(),
  get items(): z.ZodArray<typeof menuEntrySchema> {
    return z.array(menuEntrySchema);
  },
});
export const menuEntrySchema = z.union([menuItemSchema, menuSeparatorSchema, subMenuSchema]);
export type MenuEntry = z.infer<typeof menuEntrySchema>;

export const menuRecordSchema = z.object({
  /** 'addon' menus live under Extensions and take the add-on's name; 'custom' menus have a caption. */
  kind: z.enum(['addon', 'custom']),
  caption: z.string().nullable(),
  items: z.array(menuEntrySchema),
});
export type MenuRecord = z.infer<typeof menuRecordSchema>;

export const dialogRecordSchema = z.object({
  kind: z.enum(['sidebar', 'modal', 'modeless']),
  title: z.string(),
  html: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  user: z.string(),
});
export type DialogRecord = z.infer<typeof dialogRecordSchema>;

export const alertRecordSchema = z.object({
  kind: z.enum(['alert', 'prompt']),
  title: z.string().nullable(),
  prompt: z.string(),
  buttonSet: buttonSetSchema,
  response: buttonSchema,
  responseText: z.string().nullable(),
  user: z.string(),
});
export type AlertRecord = z.infer<typeof alertRecordSchema>;

export const uiLogSchema = z.object({
  menus: z.array(menuRecordSchema),
  dialogs: z.array(dialogRecordSchema),
  alerts: z.array(alertRecordSchema),
});
export type UiLogData = z.infer<typeof uiLogSchema>;

export const scriptedResponseSchema = z.union([buttonSchema, z.object({ button: buttonSchema, text: z.string().optional() })]);
export type ScriptedResponse = z.infer<typeof scriptedResponseSchema>;

export function emptyUiLog(): UiLogData {
  return { menus: [], dialogs: [], alerts: [] };
}
