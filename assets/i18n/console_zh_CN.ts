<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../console/window.py" line="429" />
        <source>Reception console</source>
        <translation>前台接待台</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="432" />
        <source>Reception console · %1</source>
        <translation>前台接待台 · %1</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="452" />
        <source>Today's visits</source>
        <translation>今日访客</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="442" />
        <source>This desk has no printer configured.</source>
        <translation>本前台未配置打印机。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="172" />
        <source>Expected</source>
        <translation>预约来访</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="174" />
        <source>Hosts</source>
        <translation>被访人名录</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="176" />
        <source>Reception levels</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="178" />
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="221" />
        <source>Reminder settings saved.</source>
        <translation>提醒设置已保存。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="373" />
        <source>Signed in as %1.</source>
        <translation>已登录：%1。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="433" />
        <source>Find a visit: name, pinyin, company or host (Ctrl+F)</source>
        <translation>查找来访：姓名、拼音、单位或被访人（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="434" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="435" />
        <source>Reminder settings…</source>
        <translation>提醒设置…</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="436" />
        <source>Lock the console (Ctrl+L)</source>
        <translation>锁定工作台（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="440" />
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="445" />
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="451" />
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="511" />
        <source>The notification is being sent again.</source>
        <translation>正在重新发送通知。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="525" />
        <source>A badge needs your attention: see the list below.</source>
        <translation>有访客证需要处理，请查看下方列表。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="534" />
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="547" />
        <source>A new badge for %1 is being printed at this desk.</source>
        <translation>正在本前台为 %1 补打访客证。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="646" />
        <source>That room is no longer free. Please choose another.</source>
        <translation>该接待室已不空闲，请另选一间。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="651" />
        <source>%1 waits in %3.</source>
        <translation>%1 在%3等候。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="651" />
        <source>%1 waits in the lobby.</source>
        <translation>%1 在大堂等候。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="654" />
        <source>The host of %1 (%2) has been notified again.</source>
        <translation>已再次通知 %1（%2）的被访人。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="655" />
        <source>The host is ready: lead %1 to the host, or the host comes to collect them.</source>
        <translation>被访人已就绪：请引领 %1 前往，或由被访人前来迎接。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="656" />
        <source>%1 (%2) has left. Their message goes to the host.</source>
        <translation>%1（%2）已离开，留言将转告被访人。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="657" />
        <source>The host declines: please tell %1 politely.</source>
        <translation>被访人拒绝接待：请礼貌地告知 %1。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="658" />
        <source>The host has met %1 (%2).</source>
        <translation>被访人已接到 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="659" />
        <source>The host saw %1 (%2) out. The visit is over.</source>
        <translation>被访人已送 %1（%2）离开，来访结束。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="660" />
        <source>%1 is back at the desk: please see them out.</source>
        <translation>%1 已回到前台：请送访客离开。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="661" />
        <source>%1 (%2) has been seen out. The visit is over.</source>
        <translation>已送 %1（%2）离开，来访结束。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="662" />
        <source>%1 (%2) is checked out.</source>
        <translation>%1（%2）已签出。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="691" />
        <source>Today: %1 · On site: %2</source>
        <translation>今日：%1 · 在场：%2</translation>
    </message>
</context>
<context>
    <name>ExpectedVisits</name>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="36" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="37" />
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="38" />
        <source>VIP</source>
        <translation>特级</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="41" />
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="42" />
        <source>Comes on their own</source>
        <translation>自行前来</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="43" />
        <source>We pick them up</source>
        <translation>我方接送</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="48" />
        <location filename="../../console/views/expected_view.py" line="48" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="49" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="50" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="51" />
        <location filename="../../console/views/expected_view.py" line="49" />
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="52" />
        <location filename="../../console/views/expected_view.py" line="50" />
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="53" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="54" />
        <location filename="../../console/views/expected_view.py" line="47" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="55" />
        <source>Reception level</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="56" />
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="57" />
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="58" />
        <source>Pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="59" />
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="60" />
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="61" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="62" />
        <source>Others in the group</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="71" />
        <source>Please enter the visitor's name.</source>
        <translation>请填写访客姓名。</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="72" />
        <source>This is not a valid mobile number; or leave it empty.</source>
        <translation>手机号码无效；也可以不填。</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="73" />
        <source>Please choose the host from the directory.</source>
        <translation>请从通讯录中选择被访人。</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_dialog.py" line="74" />
        <source>This host is not in the directory; please choose from the list.</source>
        <translation>通讯录中没有此被访人，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="51" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="52" />
        <source>Party</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="53" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="54" />
        <source>Invitation e-mail</source>
        <translation>邀请邮件</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="57" />
        <source>Expected</source>
        <translation>待到访</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="58" />
        <source>Arrived</source>
        <translation>已到访</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="59" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="60" />
        <source>No-show</source>
        <translation>未到访</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="63" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="64" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="65" />
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="66" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="67" />
        <source>Not sent: failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="68" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="72" />
        <source>New expected visit…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="73" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="74" />
        <source>Show invitation</source>
        <translation>查看邀请</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="75" />
        <source>Cancel invitation…</source>
        <translation>取消邀请…</translation>
    </message>
    <message>
        <location filename="../../console/views/expected_view.py" line="76" />
        <source>Mark no-shows…</source>
        <translation>标记未到访…</translation>
    </message>
</context>
<context>
    <name>HostDirectory</name>
    <message>
        <location filename="../../console/views/host_dialog.py" line="20" />
        <location filename="../../console/views/host_dialog.py" line="66" />
        <location filename="../../console/views/hosts_view.py" line="34" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="21" />
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="22" />
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="23" />
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="24" />
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="25" />
        <source>Not notified</source>
        <translation>不通知</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="31" />
        <source>Please enter the host's name.</source>
        <translation>请输入被访人姓名。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="32" />
        <source>The name is too long (40 characters at most).</source>
        <translation>姓名过长（最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="33" />
        <source>The name contains characters that are not allowed.</source>
        <translation>姓名中含有不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="34" />
        <source>Two hosts have this name: edit the right one by hand.</source>
        <translation>有两位被访人同名：请手动编辑正确的那一位。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="36" />
        <source>The English name is too long.</source>
        <translation>英文名过长。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="37" />
        <source>The department name is too long.</source>
        <translation>部门名称过长。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="38" />
        <source>This is not a valid e-mail address.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="39" />
        <source>The e-mail address is too long.</source>
        <translation>电子邮件地址过长。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="40" />
        <source>This is not a valid mobile number.</source>
        <translation>手机号码无效。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="41" />
        <source>The assistant's name is too long.</source>
        <translation>助理姓名过长。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="42" />
        <source>The assistant's phone should be a phone number or an extension.</source>
        <translation>助理电话应为电话号码或分机号。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="44" />
        <source>Unknown notification channel (e-mail, WeCom, DingTalk, Feishu, webhook or none).</source>
        <translation>未知的通知方式（电子邮件、企业微信、钉钉、飞书、Webhook 或不通知）。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="46" />
        <source>The language should be Chinese or English.</source>
        <translation>语言应为中文或英文。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="47" />
        <source>The file's text encoding is not recognised: save it as UTF-8 CSV or as XLSX.</source>
        <translation>无法识别文件的文字编码：请另存为 UTF-8 CSV 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="49" />
        <source>The file cannot be read: is it damaged?</source>
        <translation>无法读取文件：文件是否已损坏？</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="50" />
        <source>Please choose a .csv or .xlsx file.</source>
        <translation>请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="51" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="52" />
        <source>The file has too many rows (5000 at most).</source>
        <translation>文件行数过多（最多 5000 行）。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="54" />
        <source>The file has no "Name" (姓名) column in its first row.</source>
        <translation>文件第一行中没有“姓名”（Name）列。</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="63" />
        <location filename="../../console/views/hosts_view.py" line="30" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="64" />
        <location filename="../../console/views/hosts_view.py" line="32" />
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="65" />
        <location filename="../../console/views/hosts_view.py" line="33" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="67" />
        <location filename="../../console/views/hosts_view.py" line="35" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="68" />
        <location filename="../../console/views/hosts_view.py" line="36" />
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="69" />
        <source>Assistant's phone</source>
        <translation>助理电话</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="70" />
        <location filename="../../console/views/hosts_view.py" line="37" />
        <source>Notify by</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="71" />
        <source>Message language</source>
        <translation>通知语言</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="184" />
        <source>Add host</source>
        <translation>新增被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="184" />
        <source>Edit host</source>
        <translation>编辑被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="189" />
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="190" />
        <source>a number or an extension</source>
        <translation>电话号码或分机号</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="191" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="192" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/views/host_dialog.py" line="197" />
        <source>Pinyin: %1 (%2)</source>
        <translation>拼音：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="31" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="38" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="40" />
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="42" />
        <source>A CSV or XLSX file with a header row: 姓名 / Name (required), 英文名, 部门 / Department, 邮箱 / E-mail, 手机 / Mobile, 助理 / Assistant, 助理电话, 通知方式 / Channel, 语言 / Language. A row with the name of a host already listed updates that host; blank cells keep what is there.</source>
        <translation>CSV 或 XLSX 文件，第一行为表头：姓名（必填）、英文名、部门、邮箱、手机、助理、助理电话、通知方式、语言。姓名与名录中已有被访人相同的行会更新该被访人；空白单元格保留原有内容。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="158" />
        <location filename="../../console/views/hosts_view.py" line="387" />
        <source>Import hosts</source>
        <translation>导入被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="159" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="162" />
        <location filename="../../console/views/hosts_view.py" line="400" />
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="165" />
        <source>Hosts added or updated: %1.</source>
        <translation>已新增或更新被访人：%1 位。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="167" />
        <source>Lines not imported: %1. Please correct them in the file and import it again.</source>
        <translation>未导入的行：%1 行。请在文件中更正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="172" />
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="263" />
        <source>Host directory</source>
        <translation>被访人名录</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="267" />
        <source>Filter: name, pinyin, initials, department</source>
        <translation>筛选：姓名、拼音、首字母、部门</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="268" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="269" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="270" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="273" />
        <source>Or double-click a row.</source>
        <translation>也可双击一行。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="274" />
        <source>Only an administrator can change the directory.</source>
        <translation>只有管理员可以修改名录。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="304" />
        <source>Active: %1</source>
        <translation>在用：%1</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="306" />
        <source>Inactive: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="332" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="332" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="335" />
        <source>A host who left: kept for past visits, no longer offered to visitors.</source>
        <translation>已离职的被访人：保留以供查阅以往来访，不再供访客选择。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="336" />
        <source>Offer this host to visitors again.</source>
        <translation>重新供访客选择此被访人。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="359" />
        <source>%1 added to the directory.</source>
        <translation>已将 %1 加入名录。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="362" />
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="381" />
        <source>%1 deactivated: visitors no longer see this host.</source>
        <translation>%1 已停用：访客将不再看到此被访人。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="382" />
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="389" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/views/hosts_view.py" line="405" />
        <source>Import: %1 added or updated, %2 not imported.</source>
        <translation>导入：%1 条新增或更新，%2 条未导入。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../console/views/import_report.py" line="25" />
        <source>visitor name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="26" />
        <source>host (被访人)</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="27" />
        <source>date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="30" />
        <source>The file's text encoding is not UTF-8 or GBK.</source>
        <translation>文件编码不是 UTF-8 或 GBK。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="31" />
        <source>The file cannot be read; is it damaged?</source>
        <translation>无法读取文件，文件是否已损坏？</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="32" />
        <source>Only CSV and XLSX files can be imported.</source>
        <translation>只能导入 CSV 和 XLSX 文件。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="33" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="34" />
        <source>The file has too many rows; please split it.</source>
        <translation>文件行数过多，请拆分后导入。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="40" />
        <source>The visitor's name is missing.</source>
        <translation>未填写访客姓名。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="41" />
        <source>The host is missing.</source>
        <translation>未填写被访人。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="42" />
        <source>No one of this name is in the host directory.</source>
        <translation>通讯录中没有此被访人。</translation>
    </message>
    <message>
        <location filename="../../console/views/import_report.py" line="43" />
        <source>This is not a valid mobile number.</source>
        <translation>手机号码无效。</translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../console/views/notify_panel.py" line="44" />
        <source>Hosts not told: please call them</source>
        <translation>未能通知被访人：请电话联系</translation>
    </message>
    <message>
        <location filename="../../console/views/notify_panel.py" line="45" />
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../console/views/notify_panel.py" line="53" />
        <source>%1 waits for %2: the message did not go out (%3).</source>
        <translation>%1 在等候 %2：通知未能发出（%3）。</translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <location filename="../../console/views/operators_view.py" line="75" />
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="76" />
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="77" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="77" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="77" />
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN（4 至 8 位数字）</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="85" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="86" />
        <source>Set a new PIN…</source>
        <translation>设置新 PIN…</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="87" />
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="100" />
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="118" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="119" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="134" />
        <source>%1 can now sign in.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="142" />
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="142" />
        <source>New PIN for %1 (4 to 8 digits):</source>
        <translation>%1 的新 PIN（4 至 8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="146" />
        <source>%1 has a new PIN.</source>
        <translation>%1 的 PIN 已更新。</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="153" />
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="157" />
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../../console/views/operators_view.py" line="163" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../console/views/print_panel.py" line="15" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="16" />
        <source>Printed? Please check</source>
        <translation>是否已打印？请核实</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="19" />
        <location filename="../../console/views/print_panel.py" line="31" />
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="20" />
        <location filename="../../console/views/print_panel.py" line="30" />
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="21" />
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="25" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="26" />
        <source>needs a look</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="32" />
        <source>printer cover open</source>
        <translation>打印机盖未关</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="33" />
        <source>printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="34" />
        <source>printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="37" />
        <source>printing was interrupted; the badge may be partly printed</source>
        <translation>打印中断，访客证可能只打印了一部分</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="38" />
        <source>the printer cannot be reached</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="39" />
        <source>the station stopped while printing; the badge may or may not have printed</source>
        <translation>打印时终端停止运行，访客证可能已打印，也可能未打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="109" />
        <source>Badges that need attention</source>
        <translation>需要处理的访客证</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="110" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="111" />
        <source>Print at this desk</source>
        <translation>在本前台打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="112" />
        <source>It printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="113" />
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="94" />
        <source>Reception protocol</source>
        <translation>接待规范</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="130" />
        <source>Choose a visit to see what to prepare.</source>
        <translation>选择一条来访，查看需要准备的事项。</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="141" />
        <source>%1 guest · %2 of %3 done</source>
        <translation>%1接待 · 已完成 %2/%3</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="153" />
        <source>Done: %1 at %2</source>
        <translation>已完成：%1，%2</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="159" />
        <source>Meal budget, party of %1: lunch ≤ %2, dinner ≤ %3.</source>
        <translation>餐费标准（%1 人）：午餐 ≤ %2，晚餐 ≤ %3。</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="192" />
        <source>Booked within the budget below</source>
        <translation>按下方标准安排</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="211" />
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location filename="../../console/views/protocol_panel.py" line="211" />
        <source>%1: not done.</source>
        <translation>%1：未完成。</translation>
    </message>
</context>
<context>
    <name>ReceptionLevels</name>
    <message>
        <location filename="../../console/views/levels_view.py" line="27" />
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="28" />
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="29" />
        <source>VIP</source>
        <translation>特级</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="32" />
        <source>Visitor badge</source>
        <translation>访客证</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="33" />
        <source>VIP badge</source>
        <translation>贵宾证</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="37" />
        <source>Badge</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="38" />
        <location filename="../../console/views/levels_view.py" line="208" />
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="39" />
        <source>Room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="40" />
        <source>Refreshments</source>
        <translation>茶点</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="41" />
        <source>Vehicle</source>
        <translation>用车</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="42" />
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="43" />
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="46" />
        <source>Lunch, up to</source>
        <translation>午餐上限</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="47" />
        <source>Dinner, up to</source>
        <translation>晚餐上限</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="48" />
        <source>Each further guest, per meal</source>
        <translation>每增加一人，每餐加</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="49" />
        <source>Waiting alert after</source>
        <translation>等候提醒时间</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="89" />
        <source>No meals at the company's cost.</source>
        <translation>不安排公司承担的用餐。</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="90" />
        <source>Lunch up to %1 and dinner up to %2 cover two guests; each guest beyond two adds %3 to each meal.</source>
        <translation>午餐 %1、晚餐 %2 以内为两位客人的标准；超过两人时，每多一人每餐增加 %3。</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="94" />
        <source>%1 guests: lunch ≤ %2, dinner ≤ %3.</source>
        <translation>%1 位客人：午餐 ≤ %2，晚餐 ≤ %3。</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="209" />
        <source>Meals (the company's limit)</source>
        <translation>用餐（公司标准）</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="210" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="211" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="212" />
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="311" />
        <source>Reception levels</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="320" />
        <source>What the desk prepares for a guest of each level. Changes apply to every visit of that level, including today's.</source>
        <translation>前台为各级别客人准备的事项。修改适用于该级别的所有来访，包括今天的来访。</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="322" />
        <source>Only an administrator can change the levels.</source>
        <translation>只有管理员可以修改接待级别。</translation>
    </message>
    <message>
        <location filename="../../console/views/levels_view.py" line="350" />
        <source>%1 level saved.</source>
        <translation>%1级别已保存。</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="84" />
        <source>Reminders</source>
        <translation>提醒设置</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="85" />
        <source>When should the desk be reminded? 0 turns a reminder off.</source>
        <translation>前台何时收到提醒？填 0 表示关闭该提醒。</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="86" />
        <source>Refill water after</source>
        <translation>添茶水提醒间隔</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="87" />
        <source>Host has not come after</source>
        <translation>被访人未到提醒</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="89" />
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="90" />
        <source>Remind to tidy a room after each visit</source>
        <translation>每次接待结束后提醒收拾接待室</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="91" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="92" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/views/reminder_settings.py" line="107" />
        <source>%1: please enter whole minutes from 0 to %2 (0 turns the reminder off).</source>
        <translation>%1：请输入 0 到 %2 之间的整数分钟（0 表示关闭该提醒）。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="40" />
        <source>%1 and party (%2)</source>
        <translation>%1 一行（%2 人）</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="41" />
        <source>Refill water: %1 (%2) has waited %3 min</source>
        <translation>请添茶水：%1（%2）已等候 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="42" />
        <source>Refill water: %1 has waited %2 min</source>
        <translation>请添茶水：%1 已等候 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="43" />
        <source>Host %1 has not come for %2 min: %3</source>
        <translation>被访人 %1 已 %2 分钟未到：%3</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="44" />
        <source>call assistant %1 %2</source>
        <translation>请致电助理 %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="45" />
        <source>call the host on %1</source>
        <translation>请致电被访人 %1</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="46" />
        <source>no assistant on file: please find the host</source>
        <translation>未登记助理，请联系被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="47" />
        <source>%1 is waiting (%2)</source>
        <translation>%1 正在等候（%2）</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="48" />
        <source>in the lobby</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="49" />
        <source>Tidy %1 (empty for %2 min)</source>
        <translation>请收拾 %1（已空出 %2 分钟）</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="137" />
        <source>Reminders (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="138" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="139" />
        <source>Nothing to do right now.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="160" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/views/reminders_panel.py" line="178" />
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../console/views/signin.py" line="176" />
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="177" />
        <source>Security</source>
        <translation>保安</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="178" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="23" />
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="24" />
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="25" />
        <source>Needs tidying</source>
        <translation>待收拾</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="47" />
        <source>a visitor</source>
        <translation>一位访客</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="48" />
        <source>%1 and party (%2)</source>
        <translation>%1 一行（%2 人）</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="49" />
        <source>%1, since %2</source>
        <translation>%1，%2 起</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="50" />
        <source>waiting for %1</source>
        <translation>等候 %1</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="51" />
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="110" />
        <source>Reception rooms</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="120" />
        <source>No reception rooms are set up.</source>
        <translation>尚未设置接待室。</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="146" />
        <source>Tidied</source>
        <translation>已收拾</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="148" />
        <source>The room is tidy again (water, cups, chairs): free for the next visitor.</source>
        <translation>接待室已收拾好（茶水、杯子、座椅），可供下一位访客使用。</translation>
    </message>
    <message>
        <location filename="../../console/views/rooms_panel.py" line="165" />
        <source>%1 is ready for the next visitor.</source>
        <translation>%1 已可供下一位访客使用。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../console/views/signin.py" line="118" />
        <source>Set up this site</source>
        <translation>设置本站点</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="119" />
        <source>Nobody can sign in yet. Choose your name and a PIN: you become the administrator, and can add the others.</source>
        <translation>还没有人可以登录。请输入您的姓名并设置 PIN：您将成为管理员，之后可以添加其他人。</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="121" />
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="122" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="122" />
        <source>Enter your name and PIN.</source>
        <translation>请输入姓名和 PIN。</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="123" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="124" />
        <source>The console locked itself after a quiet while. Enter your PIN to continue.</source>
        <translation>一段时间无人操作，工作台已自动锁定。请输入 PIN 继续。</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="125" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="130" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="131" />
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>PIN（4 至 8 位数字）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="132" />
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="133" />
        <source>Someone else</source>
        <translation>换人登录</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="164" />
        <source>That name and PIN do not match. Please try again.</source>
        <translation>姓名与 PIN 不匹配，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="166" />
        <source>Too many wrong PINs: this name is locked for %1 minutes, or an administrator can set a new PIN.</source>
        <translation>PIN 错误次数过多：此账号锁定 %1 分钟，或请管理员设置新 PIN。</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="169" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 为 4 至 8 位数字。</translation>
    </message>
    <message>
        <location filename="../../console/views/signin.py" line="171" />
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../console/views/visit_actions.py" line="35" />
        <source>Notify host again</source>
        <translation>再次通知被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="36" />
        <source>Host is ready</source>
        <translation>被访人已就绪</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="37" />
        <source>Must wait…</source>
        <translation>需等候…</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="39" />
        <source>Host absent: waits…</source>
        <translation>被访人不在：等候…</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="41" />
        <source>Leaves (message)…</source>
        <translation>离开（留言）…</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="42" />
        <source>Host declines</source>
        <translation>被访人拒绝</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="43" />
        <source>Host arrived</source>
        <translation>被访人已到</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="44" />
        <source>Escorted out</source>
        <translation>已由被访人送出</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="45" />
        <source>Back to desk</source>
        <translation>回到前台</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="46" />
        <source>Seen out</source>
        <translation>前台已送出</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="47" />
        <source>Check out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="48" />
        <source>Reprint badge</source>
        <translation>补打访客证</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="53" />
        <source>Host's answer</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="54" />
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="55" />
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="101" />
        <source>Selected visit</source>
        <translation>所选来访</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="117" />
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="135" />
        <source>Choose a visit in the list.</source>
        <translation>请在列表中选择一条来访。</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="139" />
        <source>Room: %1</source>
        <translation>接待室：%1</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="177" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="178" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="215" />
        <source>No room (waits in the lobby)</source>
        <translation>不用接待室（在大堂等候）</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="219" />
        <source>Reception room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="220" />
        <source>Where does %1 wait?</source>
        <translation>%1 在哪里等候？</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="245" />
        <source>The visitor leaves</source>
        <translation>访客离开</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="246" />
        <source>%1 will not wait. Their message for the host:</source>
        <translation>%1 不再等候。给被访人的留言：</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../console/views/visits_model.py" line="23" />
        <source>Host unknown: please find</source>
        <translation>被访人未知，请查找</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="26" />
        <source>Visit no.</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="27" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="28" />
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="29" />
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="30" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="31" />
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="32" />
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="33" />
        <source>Host told</source>
        <translation>通知被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="38" />
        <location filename="../../console/views/visits_model.py" line="39" />
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="40" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="41" />
        <source>✗ Failed: call</source>
        <translation>✗ 失败：请致电</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="42" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="224" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../../console/views/waiting_view.py" line="28" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="29" />
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="30" />
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="31" />
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="32" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="33" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="34" />
        <source>Room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="35" />
        <source>Waited (min)</source>
        <translation>已等（分钟）</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="38" />
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="39" />
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="40" />
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="42" />
        <source>Host unknown</source>
        <translation>被访人未知</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="43" />
        <source>Waiting longer than %1 min, the limit for this level</source>
        <translation>已等候超过 %1 分钟（该接待级别的上限）</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="301" />
        <source>Waiting</source>
        <translation>候客</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="302" />
        <source>Nobody is waiting.</source>
        <translation>目前没有等候的访客。</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="310" />
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <location filename="../../console/views/waiting_view.py" line="312" />
        <source>%1 over the limit</source>
        <translation>%1 人超时</translation>
    </message>
</context>
</TS>