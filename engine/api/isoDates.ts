// Months and days as they cross the API ('YYYY-MM', 'YYYY-MM-DD'), checked against the calendar:
// a shape check alone lets '2024-13' or '2025-02-30' through to code that cannot handle them.
import { z } from 'zod';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const isoMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { error: "A month is written 'YYYY-MM'", abort: true })
  .refine((value) => {
    const month = Number(value.slice(5, 7));
    return month >= 1 && month <= 12;
  }, { error: (issue) => `${String(issue.input)} is not a month: months run from 01 to 12` });

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "A day is written 'YYYY-MM-DD'", abort: true })
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  }, { error: (issue) => `${String(issue.input)} is not a day in the calendar` });
