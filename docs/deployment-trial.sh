#!/bin/sh
# The README's 正式部署 steps, in order, as run once in a throw-away Debian 12 container as root (it adds the
# accounts rollup and zhangsan and the group rollup-staff, and writes /srv and /backup: never on a real server).
# "sudo X" is root here; "sudo -u rollup X" is "runuser -u rollup -- X"; every command runs in an emptied environment
# (env -i, server zone UTC) as cron and systemd would start it.
set -x
mkdir -p /tmp/rollup-trial
R=$(cd "$(dirname "$0")/.." && pwd)   # the repository, with target/minsheng-rollup.jar built
clean() { env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin TZ=UTC "$@"; }
as_rollup() { clean runuser -u rollup -- "$@"; }
# 安装
useradd --system --home /srv/minsheng-rollup rollup
groupadd rollup-staff
usermod -aG rollup-staff rollup
mkdir -p /srv/minsheng-rollup/input/catalog /srv/minsheng-rollup/output /srv/minsheng-rollup/data /srv/minsheng-rollup/config
cp $R/target/minsheng-rollup.jar /srv/minsheng-rollup/
cp $R/input/catalog/2023-项目清单.xlsx /srv/minsheng-rollup/input/catalog/
chown -R rollup:rollup-staff /srv/minsheng-rollup
chmod 2775 /srv/minsheng-rollup/input /srv/minsheng-rollup/input/catalog /srv/minsheng-rollup/output
chmod 750 /srv/minsheng-rollup/data
cd /srv/minsheng-rollup
# without a UTF-8 locale: exit 2 with the Chinese message
as_rollup env LANG=C /usr/bin/java -jar minsheng-rollup.jar run; echo "exit=$?"
# a staff member drops files (umask 0002), one into a subfolder made without group write
useradd --no-create-home -G rollup-staff zhangsan
mkdir -p /tmp/rollup-trial/forms && cd /tmp/rollup-trial/forms && clean env LANG=C.UTF-8 /usr/bin/java -jar /srv/minsheng-rollup/minsheng-rollup.jar sample --period=2023-10 --units=县民政局,县残联 --rows=3 --dir=/tmp/rollup-trial/forms --catalog=/srv/minsheng-rollup/input/catalog/2023-项目清单.xlsx --data=/tmp/rollup-trial/sample-data > /dev/null; cd /srv/minsheng-rollup
chmod -R a+rX /tmp/rollup-trial/forms
clean runuser -u zhangsan -- sh -c 'umask 0002 && mkdir /srv/minsheng-rollup/input/2023-10 && cp /tmp/rollup-trial/forms/2023-10/县民政局-2023年10月-月报表.xlsx /srv/minsheng-rollup/input/2023-10/'
clean runuser -u zhangsan -- sh -c 'umask 0022 && mkdir /srv/minsheng-rollup/input/张三 && cp /tmp/rollup-trial/forms/2023-10/县残联-2023年10月-月报表.xlsx /srv/minsheng-rollup/input/张三/'
ls -la /srv/minsheng-rollup/input /srv/minsheng-rollup/input/张三
touch -d '-2 minutes' /srv/minsheng-rollup/input/2023-10/* /srv/minsheng-rollup/input/张三/*
# the cron line's command, as cron runs it (sh -c, no LANG in the environment, no data/logs yet)
rm -rf /srv/minsheng-rollup/data/logs
clean runuser -u rollup -- sh -c 'cd /srv/minsheng-rollup && umask 0002 && LANG=C.UTF-8 /usr/bin/java -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar minsheng-rollup.jar run > /dev/null'; echo "cron-exit=$?"
ls -la data data/logs; grep -E "run.started|run.ended|intake.rejected|place.failed" data/logs/rollup.log | cut -c1-260
ls -la input/张三 output/reports
# 早上看什么
as_rollup env LANG=C.UTF-8 java -jar minsheng-rollup.jar status; echo "exit=$?"
# 备份与恢复
mkdir -p /backup/rollup && chown rollup /backup/rollup
as_rollup env LANG=C.UTF-8 java -jar minsheng-rollup.jar backup --to=/backup/rollup; echo "exit=$?"
S=$(ls -d /backup/rollup/民生实事备份-* | head -1)
(cd "$S" && clean env LANG=C.UTF-8 sha256sum -c --quiet SHA256SUMS); echo "sha256sum-exit=$?"
# restore into another folder, as root (the README says sudo -u rollup; root must still leave rollup's files)
mkdir -p /srv/rollup-restored && cp minsheng-rollup.jar /srv/rollup-restored/ && chown -R rollup:rollup-staff /srv/rollup-restored
cd /srv/rollup-restored && clean env LANG=C.UTF-8 java -jar minsheng-rollup.jar restore --from="$S"; echo "restore-exit=$?"
find /srv/rollup-restored ! -user rollup | head
for c in status "summary --period=2023-10" "reprocess --period=2023-10"; do
  (cd /srv/minsheng-rollup && as_rollup env LANG=C.UTF-8 java -jar minsheng-rollup.jar $c | grep -v /srv/) > /tmp/rollup-trial/a.txt
  (cd /srv/rollup-restored && as_rollup env LANG=C.UTF-8 java -jar minsheng-rollup.jar $c | grep -v /srv/) > /tmp/rollup-trial/b.txt
  diff /tmp/rollup-trial/a.txt /tmp/rollup-trial/b.txt && echo "same: $c"
done
cat /tmp/rollup-trial/b.txt
