/** A price as every service states it (amount and ISO currency); the booking's copy has them optional. */
interface Price {
  amount?: number;
  currency?: string;
}

export function formatMoney(money: Price | undefined | null): string {
  if (!money || money.amount === undefined || !money.currency) {
    return "";
  }
  return new Intl.NumberFormat(undefined, { style: "currency", currency: money.currency }).format(money.amount);
}

export function formatDuration(minutes: number | undefined): string {
  if (!minutes) {
    return "";
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean).join(" ");
}
