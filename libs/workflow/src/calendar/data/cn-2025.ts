import type { HolidayYear } from '../holiday-year';

/** First year under the November 2024 revision of 《全国年节及纪念日放假办法》 (除夕 and May 2 added). */
export const CN_2025: HolidayYear = {
  year: 2025,
  notice: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    publishedOn: '2024-11-12',
    checkedAgainst: ['https://m.gmw.cn/2024-11/12/content_1303894933.htm'],
  },
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  makeUpWorkdays: [
    { date: '2025-01-26', holiday: '春节' },
    { date: '2025-02-08', holiday: '春节' },
    { date: '2025-04-27', holiday: '劳动节' },
    { date: '2025-09-28', holiday: '国庆节、中秋节' },
    { date: '2025-10-11', holiday: '国庆节、中秋节' },
  ],
};
