import { CN_2024 } from './data/cn-2024';
import { CN_2025 } from './data/cn-2025';
import { CN_2026 } from './data/cn-2026';
import type { HolidayYear } from './holiday-year';
import { WorkingDayCalendar } from './working-day-calendar';

/**
 * Every year whose State Council notice has been checked, oldest first. A new year is added each
 * November when its notice is published, and only from the notice itself.
 */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [CN_2024, CN_2025, CN_2026];

export function loadChinaCalendar(): WorkingDayCalendar {
  return new WorkingDayCalendar(CHINA_HOLIDAY_YEARS);
}
