/**
 * Number inputs for the editor. `NumberInput` is the bare input (named by an aria-label in grids,
 * by its Field elsewhere); `NumberField` adds a visible label, a hint and an inline error, which
 * says "Enter a number" while the input holds none. An empty or unreadable input gives NaN.
 */
import { Field, Input, type InputProps } from "@fluentui/react-components";
import { useStrings } from "./i18n/LocaleContext";
import { SHARED_STRINGS } from "./i18n/sharedStrings";

export interface NumberInputProps extends Omit<InputProps, "type" | "value" | "onChange"> {
  /** NaN and undefined show as an empty input. */
  value: number | undefined;
  onValue: (value: number) => void;
}

export function NumberInput({ value, onValue, ...rest }: NumberInputProps) {
  return (
    <Input
      {...rest}
      type="number"
      inputMode="decimal"
      value={value === undefined || Number.isNaN(value) ? "" : String(value)}
      onChange={(_, data) => onValue(data.value.trim() === "" ? NaN : Number(data.value))}
    />
  );
}

export interface NumberFieldProps extends NumberInputProps {
  label: string;
  /** In a grid, whose column header shows what the cell is: the label is only given to assistive technology. */
  hideLabel?: boolean;
  hint?: string;
  /** A problem of this value beyond not being a number (e.g. a band out of order). */
  error?: string;
}

export function NumberField({ label, hideLabel, hint, error, className, ...input }: NumberFieldProps) {
  const t = useStrings(SHARED_STRINGS);
  const message = input.value === undefined || Number.isNaN(input.value) ? t.enterNumber : error;
  return (
    <Field
      className={className}
      label={hideLabel ? undefined : label}
      hint={hint}
      validationState={message ? "error" : "none"}
      // Not an alert on every keystroke: the message is tied to the input, and the editor's problem list is a polite live region.
      validationMessage={message ? { children: message, role: undefined } : undefined}
    >
      <NumberInput {...input} aria-label={hideLabel ? label : undefined} />
    </Field>
  );
}
