import {
  createTheme,
  defaultVariantColorsResolver,
  Notification,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

/** Text on light (tinted) backgrounds: the colour's shade 9 darkened, since Mantine's shade 9 of yellow or green on its tint is below 4.5:1. */
const onTint = (colour: string) => `color-mix(in srgb, var(--mantine-color-${colour}-9) 55%, black)`;

/**
 * Mantine's theme with colours dark enough for WCAG AA contrast (axe checks it in the browser
 * tests): filled and link colours at shade 8, text of light and subtle variants darker than
 * shade 9, dimmed text at gray 7, and a name for every close button. The system's own fonts:
 * nothing is fetched from the internet.
 */
export const makeTheme = (closeLabel: string): MantineThemeOverride =>
  createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 8, dark: 5 },
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    defaultRadius: 'sm',
    variantColorResolver: (input) => {
      const colours = defaultVariantColorsResolver(input);
      const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
      if (
        parsed.isThemeColor &&
        (input.variant === 'light' || input.variant === 'subtle' || input.variant === 'outline' || input.variant === 'dot')
      ) {
        return { ...colours, color: onTint(parsed.color), hoverColor: onTint(parsed.color) };
      }
      return colours;
    },
    // Mantine's notifications close with an unnamed button; screen readers need its name.
    components: { Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }) },
  });

export const cssVariables: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Badges and light buttons read these directly rather than through variantColorResolver.
    ...Object.fromEntries(Object.keys(current.colors).map((colour) => [`--mantine-color-${colour}-light-color`, onTint(colour)])),
  },
  dark: {},
});
