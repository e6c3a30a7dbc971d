import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';

const EARLIEST = dayjs('1900-01-01');

/** A date-of-birth picker: typed or picked as YYYY-MM-DD, no future dates, opens around the year 2000. */
export function BirthDatePicker(props: Omit<DatePickerProps, 'picker'>) {
  return (
    <DatePicker
      format="YYYY-MM-DD"
      inputReadOnly={false}
      defaultPickerValue={dayjs('2000-01-01')}
      disabledDate={(day) => day.isAfter(dayjs(), 'day') || day.isBefore(EARLIEST, 'day')}
      className="full-width"
      {...props}
    />
  );
}
