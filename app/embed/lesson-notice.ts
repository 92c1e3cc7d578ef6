/** The widget's notice for a lesson it cannot show: it shows its panels instead. */
export const LESSON_MISSING = 'there is no lesson of that name; showing the explorer instead.';
